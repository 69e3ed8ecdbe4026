/**
 * The element order the DrawingML chart schema (ECMA-376 part 1, dml-chart.xsd) requires of the
 * elements our chart parts use, and a checker. Each entry lists a complex type's child elements in
 * the order of its `xsd:sequence`; members of one `xsd:choice` share a position (written as
 * "a|b"). `required` lists the children with minOccurs ≥ 1. Excel refuses a chart part whose
 * children come out of this order; LibreOffice does not care, so this is the check that counts for
 * Excel.
 */
import { parseStringPromise } from "xml2js";

interface TypeOrder {
  readonly sequence: readonly string[];
  readonly required?: readonly string[];
}

/** CT_SerTx: a series name is a cell reference or a value. */
const SERIES_TX: TypeOrder = { sequence: ["strRef|v"], required: [] };
const AX_SHARED = [
  "axId",
  "scaling",
  "delete",
  "axPos",
  "majorGridlines",
  "minorGridlines",
  "title",
  "numFmt",
  "majorTickMark",
  "minorTickMark",
  "tickLblPos",
  "spPr",
  "txPr",
  "crossAx",
  "crosses|crossesAt",
];

/** By element name (the type each of our elements has in the schema). */
export const CHART_ORDER: Readonly<Record<string, TypeOrder>> = {
  // CT_ChartSpace
  chartSpace: {
    sequence: [
      "date1904",
      "lang",
      "roundedCorners",
      "AlternateContent",
      "style",
      "clrMapOvr",
      "pivotSource",
      "protection",
      "chart",
      "spPr",
      "txPr",
      "externalData",
      "printSettings",
      "userShapes",
      "extLst",
    ],
    required: ["chart"],
  },
  // CT_Chart
  chart: {
    sequence: [
      "title",
      "autoTitleDeleted",
      "pivotFmts",
      "view3D",
      "floor",
      "sideWall",
      "backWall",
      "plotArea",
      "legend",
      "plotVisOnly",
      "dispBlanksAs",
      "showDLblsOverMax",
      "extLst",
    ],
    required: ["plotArea"],
  },
  // CT_Title
  title: { sequence: ["tx", "layout", "overlay", "spPr", "txPr", "extLst"] },
  // CT_Tx
  tx: { sequence: ["strRef|rich|v"] },
  // CT_PlotArea: layout, one or more charts, then the axes in any order
  plotArea: {
    sequence: [
      "layout",
      "areaChart|area3DChart|lineChart|line3DChart|stockChart|radarChart|scatterChart|pieChart|pie3DChart|doughnutChart|barChart|bar3DChart|ofPieChart|surfaceChart|surface3DChart|bubbleChart",
      "valAx|catAx|dateAx|serAx",
      "dTable",
      "spPr",
      "extLst",
    ],
  },
  // CT_BarChart
  barChart: {
    sequence: ["barDir", "grouping", "varyColors", "ser", "dLbls", "gapWidth", "overlap", "serLines", "axId", "extLst"],
    required: ["barDir", "axId"],
  },
  // CT_LineChart
  lineChart: {
    sequence: [
      "grouping",
      "varyColors",
      "ser",
      "dLbls",
      "dropLines",
      "hiLowLines",
      "upDownBars",
      "marker",
      "smooth",
      "axId",
      "extLst",
    ],
    required: ["grouping", "axId"],
  },
  // CT_ScatterChart
  scatterChart: {
    sequence: ["scatterStyle", "varyColors", "ser", "dLbls", "axId", "extLst"],
    required: ["scatterStyle", "axId"],
  },
  // CT_CatAx
  catAx: {
    sequence: [...AX_SHARED, "auto", "lblAlgn", "lblOffset", "tickLblSkip", "tickMarkSkip", "noMultiLvlLbl", "extLst"],
    required: ["axId", "scaling", "axPos", "crossAx"],
  },
  // CT_ValAx
  valAx: {
    sequence: [...AX_SHARED, "crossBetween", "majorUnit", "minorUnit", "dispUnits", "extLst"],
    required: ["axId", "scaling", "axPos", "crossAx"],
  },
  // CT_Scaling
  scaling: { sequence: ["logBase", "orientation", "max", "min", "extLst"] },
  // CT_Legend
  legend: { sequence: ["legendPos", "legendEntry", "layout", "overlay", "spPr", "txPr", "extLst"] },
  // CT_Marker
  marker: { sequence: ["symbol", "size", "spPr", "extLst"] },
  // CT_AxDataSource (cat, xVal) and CT_NumDataSource (val, yVal)
  cat: { sequence: ["multiLvlStrRef|numRef|numLit|strRef|strLit"] },
  xVal: { sequence: ["multiLvlStrRef|numRef|numLit|strRef|strLit"] },
  val: { sequence: ["numRef|numLit"] },
  yVal: { sequence: ["numRef|numLit"] },
  // CT_NumRef, CT_StrRef, CT_NumData, CT_StrData
  numRef: { sequence: ["f", "numCache", "extLst"], required: ["f"] },
  strRef: { sequence: ["f", "strCache", "extLst"], required: ["f"] },
  numCache: { sequence: ["formatCode", "ptCount", "pt", "extLst"] },
  strCache: { sequence: ["ptCount", "pt", "extLst"] },
  pt: { sequence: ["v"], required: ["v"] },
};

/** Series: CT_BarSer, CT_LineSer, CT_ScatterSer, told apart by their parent. */
export const SERIES_ORDER: Readonly<Record<string, TypeOrder>> = {
  barChart: {
    sequence: [
      "idx",
      "order",
      "tx",
      "spPr",
      "invertIfNegative",
      "pictureOptions",
      "dPt",
      "dLbls",
      "trendline",
      "errBars",
      "cat",
      "val",
      "shape",
      "extLst",
    ],
    required: ["idx", "order"],
  },
  lineChart: {
    sequence: [
      "idx",
      "order",
      "tx",
      "spPr",
      "marker",
      "dPt",
      "dLbls",
      "trendline",
      "errBars",
      "cat",
      "val",
      "smooth",
      "extLst",
    ],
    required: ["idx", "order"],
  },
  scatterChart: {
    sequence: [
      "idx",
      "order",
      "tx",
      "spPr",
      "marker",
      "dPt",
      "dLbls",
      "trendline",
      "errBars",
      "xVal",
      "yVal",
      "smooth",
      "extLst",
    ],
    required: ["idx", "order"],
  },
};

interface Node {
  readonly name: string;
  readonly children: readonly Node[];
}

const local = (name: string): string => name.replace(/^.*:/, "");

function toNode(raw: { "#name": string; $$?: unknown[] }): Node {
  return {
    name: local(raw["#name"]),
    children: ((raw.$$ ?? []) as Array<{ "#name": string; $$?: unknown[] }>)
      .filter((c) => !c["#name"].startsWith("__"))
      .map(toNode),
  };
}

/**
 * Every place where a chart part breaks the schema's order or lacks a required child, as
 * "path: message" lines; empty when the part is in order. Only the `c:` elements are checked
 * (DrawingML text and shape properties inside them are left alone).
 */
export async function chartOrderProblems(xml: string): Promise<string[]> {
  const parsed = (await parseStringPromise(xml, {
    explicitChildren: true,
    preserveChildrenOrder: true,
    explicitRoot: true,
  })) as Record<string, { "#name"?: string; $$?: unknown[] }>;
  const [rootName] = Object.keys(parsed);
  const root = toNode({ ...(parsed[rootName] as object), "#name": rootName } as { "#name": string; $$?: unknown[] });
  const problems: string[] = [];
  const visit = (node: Node, parent: string | null, path: string): void => {
    const order =
      node.name === "ser" && parent
        ? SERIES_ORDER[parent]
        : node.name === "tx" && parent === "ser"
          ? SERIES_TX
          : CHART_ORDER[node.name];
    if (order) {
      const position = (child: string): number => order.sequence.findIndex((s) => s.split("|").includes(child));
      let last = -1;
      for (const c of node.children) {
        const p = position(c.name);
        if (p < 0) problems.push(`${path}: <${c.name}> is not a child of <${node.name}>`);
        else if (p < last) problems.push(`${path}: <${c.name}> comes after an element the schema puts after it`);
        else last = p;
      }
      for (const r of order.required ?? []) {
        if (!node.children.some((c) => c.name === r)) problems.push(`${path}: <${node.name}> lacks <${r}>`);
      }
    }
    if (["spPr", "txPr", "rich"].includes(node.name)) return;
    node.children.forEach((c, i) => visit(c, node.name, `${path}/${c.name}[${i}]`));
  };
  visit(root, null, root.name);
  return problems;
}
