module.exports = "stub-file";
