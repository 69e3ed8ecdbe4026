/**
 * Offline checks of manifest.xml. `office-addin-manifest validate` posts the manifest to a Microsoft
 * service; these checks need nothing but the manifest text and a view of the files the build emits.
 *
 * Each check takes the manifest text (or its parsed tree) and returns a list of problems in plain
 * English; an empty list means the check passed. The element orders below follow Office's XML schema
 * for a task pane add-in with a shared runtime and custom functions.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, posix, relative, resolve, sep } from "node:path";
import { parseStringPromise } from "xml2js";

export interface XmlNode {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly text: string;
  readonly children: readonly XmlNode[];
}

/** The files a build emits, addressed by their path relative to the output folder ("assets/icon-16.png"). */
export interface EmittedFiles {
  has(path: string): boolean;
  /** The file's bytes when they can be known before or after the build (copied or built files). */
  read(path: string): Buffer | undefined;
  /** Where the answer comes from, for messages ("dist/", "the webpack config"). */
  readonly description: string;
}

export interface CheckOptions {
  /** Every URL in the manifest must start with this (ends with "/"). */
  readonly baseUrl: string;
  readonly files: EmittedFiles;
}

const NS_OFFICE_APP = "http://schemas.microsoft.com/office/appforoffice/1.1";
const NS_BASIC_TYPES = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const NS_VERSION_OVERRIDES = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";

type Occurs = "1" | "?" | "+" | "*";
type Sequence = ReadonlyArray<readonly [string, Occurs]>;

/** Top-level elements of a TaskPaneApp, in schema order. */
const OFFICE_APP_SEQUENCE: Sequence = [
  ["Id", "1"],
  ["AlternateId", "?"],
  ["Version", "1"],
  ["ProviderName", "1"],
  ["DefaultLocale", "1"],
  ["DisplayName", "1"],
  ["Description", "1"],
  ["IconUrl", "?"],
  ["HighResolutionIconUrl", "?"],
  ["SupportUrl", "?"],
  ["AppDomains", "?"],
  ["Hosts", "1"],
  ["Requirements", "1"],
  ["DefaultSettings", "1"],
  ["Permissions", "1"],
  ["VersionOverrides", "1"],
];
const VERSION_OVERRIDES_SEQUENCE: Sequence = [
  ["Description", "?"],
  ["Requirements", "?"],
  ["Hosts", "1"],
  ["Resources", "1"],
];
/** Runtimes must come right after <Host>, before the form factors. */
const HOST_SEQUENCE: Sequence = [
  ["Runtimes", "1"],
  ["AllFormFactors", "1"],
  ["DesktopFormFactor", "1"],
];
const CUSTOM_FUNCTIONS_SEQUENCE: Sequence = [
  ["Script", "1"],
  ["Page", "1"],
  ["Metadata", "1"],
  ["Namespace", "1"],
];
const DESKTOP_SEQUENCE: Sequence = [
  ["GetStarted", "?"],
  ["FunctionFile", "1"],
  ["ExtensionPoint", "+"],
];
const GROUP_SEQUENCE: Sequence = [
  ["Label", "1"],
  ["Icon", "1"],
  ["Control", "+"],
];
const BUTTON_SEQUENCE: Sequence = [
  ["Label", "1"],
  ["Supertip", "1"],
  ["Icon", "1"],
  ["Action", "1"],
];
const SUPERTIP_SEQUENCE: Sequence = [
  ["Title", "1"],
  ["Description", "1"],
];
const SHOW_TASKPANE_SEQUENCE: Sequence = [
  ["TaskpaneId", "?"],
  ["SourceLocation", "1"],
];
const RESOURCES_SEQUENCE: Sequence = [
  ["bt:Images", "?"],
  ["bt:Urls", "?"],
  ["bt:ShortStrings", "?"],
  ["bt:LongStrings", "?"],
];

/** Ribbon icon sizes Office accepts in <Icon>; IconUrl is shown at 32 px and HighResolutionIconUrl at 64 px. */
const RIBBON_ICON_SIZES = new Set([16, 20, 24, 32, 40, 48, 64, 80]);

// ---------------------------------------------------------------------------------------------------
// Parsing and tree helpers

interface RawNode {
  "#name": string;
  $?: Record<string, string>;
  _?: string;
  $$?: RawNode[];
}

function toNode(raw: RawNode): XmlNode {
  return {
    name: raw["#name"],
    attrs: raw.$ ?? {},
    text: (raw._ ?? "").trim(),
    children: (raw.$$ ?? []).map(toNode),
  };
}

/** Parse manifest text into an ordered element tree (comments dropped). Throws on malformed XML. */
export async function parseManifest(xml: string): Promise<XmlNode> {
  const parsed = (await parseStringPromise(xml, {
    explicitChildren: true,
    preserveChildrenOrder: true,
    explicitRoot: true,
  })) as Record<string, RawNode>;
  const [root] = Object.values(parsed);
  return toNode(root);
}

export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return node?.children.find((c) => c.name === name);
}

export function childrenNamed(node: XmlNode | undefined, name: string): XmlNode[] {
  return node ? node.children.filter((c) => c.name === name) : [];
}

/** Follow a path of element names; "Name[xsi:type=Value]" picks by attribute. */
export function at(node: XmlNode | undefined, ...path: string[]): XmlNode | undefined {
  let current = node;
  for (const step of path) {
    const match = /^([^[]+)\[([^=]+)=([^\]]+)\]$/.exec(step);
    current = match
      ? current?.children.find((c) => c.name === match[1] && c.attrs[match[2]] === match[3])
      : child(current, step);
  }
  return current;
}

function walk(node: XmlNode, visit: (node: XmlNode, path: readonly string[]) => void, path: string[] = []): void {
  const here = [...path, node.name];
  visit(node, here);
  for (const c of node.children) walk(c, visit, here);
}

/** Check that the children of `node` follow `sequence` (order and occurrences); unknown children are problems. */
function checkSequence(node: XmlNode | undefined, where: string, sequence: Sequence): string[] {
  if (!node) return [`${where} is missing`];
  const problems: string[] = [];
  const names = node.children.map((c) => c.name);
  let i = 0;
  for (const [name, occurs] of sequence) {
    let count = 0;
    while (i < names.length && names[i] === name) {
      count++;
      i++;
    }
    if (count === 0 && (occurs === "1" || occurs === "+")) {
      const later = names.indexOf(name, i);
      problems.push(
        later >= 0
          ? `${where}: <${name}> is out of order (expected order: ${sequence.map(([n]) => n).join(", ")})`
          : `${where}: <${name}> is missing`,
      );
    }
    if (count > 1 && (occurs === "1" || occurs === "?")) problems.push(`${where}: <${name}> appears ${count} times`);
  }
  if (i < names.length) {
    const name = names[i];
    const known = sequence.some(([n]) => n === name);
    problems.push(
      known
        ? `${where}: <${name}> is out of order (expected order: ${sequence.map(([n]) => n).join(", ")})`
        : `${where}: unexpected element <${name}>`,
    );
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------
// Resources

export type ResourceKind = "image" | "url" | "shortString" | "longString";

export interface Resource {
  readonly id: string;
  readonly kind: ResourceKind;
  readonly defaultValue: string;
  /** Locale → value. */
  readonly overrides: Readonly<Record<string, string>>;
}

const RESOURCE_GROUPS: ReadonlyArray<readonly [string, string, ResourceKind]> = [
  ["bt:Images", "bt:Image", "image"],
  ["bt:Urls", "bt:Url", "url"],
  ["bt:ShortStrings", "bt:String", "shortString"],
  ["bt:LongStrings", "bt:String", "longString"],
];

export function resources(root: XmlNode): Resource[] {
  const res = at(root, "VersionOverrides", "Resources");
  const list: Resource[] = [];
  for (const [group, element, kind] of RESOURCE_GROUPS) {
    for (const r of childrenNamed(child(res, group), element)) {
      const overrides: Record<string, string> = {};
      for (const o of childrenNamed(r, "bt:Override")) overrides[o.attrs.Locale ?? ""] = o.attrs.Value ?? "";
      list.push({ id: r.attrs.id ?? "", kind, defaultValue: r.attrs.DefaultValue ?? "", overrides });
    }
  }
  return list;
}

/** Which kind of resource a `resid` on this element must point at. */
function expectedKind(path: readonly string[]): readonly ResourceKind[] {
  const name = path[path.length - 1];
  if (name === "bt:Image") return ["image"];
  if (name === "SourceLocation" || name === "FunctionFile" || name === "Runtime" || name === "LearnMoreUrl") {
    return ["url"];
  }
  if (name === "Description") return ["longString"];
  return ["shortString"];
}

// ---------------------------------------------------------------------------------------------------
// The checks

/** Element structure, order and the fixed facts of this add-in (host, requirement set, namespace, tab). */
export function checkStructure(root: XmlNode): string[] {
  const p: string[] = [];
  if (root.name !== "OfficeApp") return [`the root element is <${root.name}>, not <OfficeApp>`];
  if (root.attrs.xmlns !== NS_OFFICE_APP) p.push(`<OfficeApp> must declare xmlns="${NS_OFFICE_APP}"`);
  if (root.attrs["xmlns:bt"] !== NS_BASIC_TYPES) p.push(`<OfficeApp> must declare xmlns:bt="${NS_BASIC_TYPES}"`);
  if (root.attrs["xsi:type"] !== "TaskPaneApp") p.push(`<OfficeApp> must be xsi:type="TaskPaneApp"`);
  p.push(...checkSequence(root, "<OfficeApp>", OFFICE_APP_SEQUENCE));

  const id = child(root, "Id")?.text ?? "";
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) p.push(`<Id> "${id}" is not a GUID`);
  const version = child(root, "Version")?.text ?? "";
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version)) p.push(`<Version> "${version}" is not n.n.n.n`);
  const locale = child(root, "DefaultLocale")?.text;
  if (locale !== "da-DK") p.push(`<DefaultLocale> is "${locale ?? ""}", expected da-DK`);
  for (const name of ["DisplayName", "Description"]) {
    const el = child(root, name);
    if (!el?.attrs.DefaultValue) p.push(`<${name}> has no DefaultValue`);
    if (!childrenNamed(el, "Override").some((o) => o.attrs.Locale === "en-US" && o.attrs.Value)) {
      p.push(`<${name}> has no en-US <Override>`);
    }
  }

  const hosts = childrenNamed(child(root, "Hosts"), "Host");
  if (hosts.length !== 1 || hosts[0].attrs.Name !== "Workbook")
    p.push(`<Hosts> must hold exactly <Host Name="Workbook"/>`);
  const sets = childrenNamed(at(root, "Requirements", "Sets"), "Set");
  if (!sets.some((s) => s.attrs.Name === "SharedRuntime" && s.attrs.MinVersion === "1.1")) {
    p.push(`<Requirements> must require <Set Name="SharedRuntime" MinVersion="1.1"/>`);
  }
  if (!at(root, "DefaultSettings", "SourceLocation")?.attrs.DefaultValue)
    p.push(`<DefaultSettings> has no <SourceLocation>`);
  if (child(root, "Permissions")?.text !== "ReadWriteDocument") p.push(`<Permissions> must be ReadWriteDocument`);

  const vo = child(root, "VersionOverrides");
  if (vo) {
    if (vo.attrs.xmlns !== NS_VERSION_OVERRIDES)
      p.push(`<VersionOverrides> must declare xmlns="${NS_VERSION_OVERRIDES}"`);
    if (vo.attrs["xsi:type"] !== "VersionOverridesV1_0")
      p.push(`<VersionOverrides> must be xsi:type="VersionOverridesV1_0"`);
    p.push(...checkSequence(vo, "<VersionOverrides>", VERSION_OVERRIDES_SEQUENCE));
    p.push(...checkSequence(child(vo, "Resources"), "<Resources>", RESOURCES_SEQUENCE));
    const voHosts = childrenNamed(child(vo, "Hosts"), "Host");
    if (voHosts.length !== 1 || voHosts[0].attrs["xsi:type"] !== "Workbook") {
      p.push(`<VersionOverrides><Hosts> must hold exactly one <Host xsi:type="Workbook">`);
    }
    const host = voHosts[0];
    if (host) {
      p.push(...checkSequence(host, "<Host>", HOST_SEQUENCE));
      const cf = at(host, "AllFormFactors", "ExtensionPoint[xsi:type=CustomFunctions]");
      if (!cf) p.push(`<AllFormFactors> has no <ExtensionPoint xsi:type="CustomFunctions">`);
      else {
        p.push(...checkSequence(cf, "CustomFunctions <ExtensionPoint>", CUSTOM_FUNCTIONS_SEQUENCE));
        for (const part of ["Script", "Page", "Metadata"]) {
          if (!at(cf, part, "SourceLocation")?.attrs.resid)
            p.push(`CustomFunctions <${part}> has no <SourceLocation resid>`);
        }
      }
      const desktop = child(host, "DesktopFormFactor");
      p.push(...checkSequence(desktop, "<DesktopFormFactor>", DESKTOP_SEQUENCE));
      const tab = at(desktop, "ExtensionPoint[xsi:type=PrimaryCommandSurface]", "OfficeTab");
      if (tab?.attrs.id !== "TabHome") p.push(`the ribbon button must sit on <OfficeTab id="TabHome">`);
      const group = child(tab, "Group");
      if (!group) p.push(`<OfficeTab> has no <Group>`);
      else {
        p.push(...checkSequence(group, "<Group>", GROUP_SEQUENCE));
        const button = at(group, "Control[xsi:type=Button]");
        if (!button) p.push(`<Group> has no <Control xsi:type="Button">`);
        else {
          p.push(...checkSequence(button, "<Control>", BUTTON_SEQUENCE));
          p.push(...checkSequence(child(button, "Supertip"), "<Supertip>", SUPERTIP_SEQUENCE));
          const action = child(button, "Action");
          if (action?.attrs["xsi:type"] !== "ShowTaskpane")
            p.push(`the ribbon button's <Action> must be xsi:type="ShowTaskpane"`);
          else p.push(...checkSequence(action, "<Action>", SHOW_TASKPANE_SEQUENCE));
        }
      }
      const ids = new Map<string, number>();
      walk(host, (node) => {
        if (node.attrs.id && node.name !== "bt:Image") ids.set(node.attrs.id, (ids.get(node.attrs.id) ?? 0) + 1);
      });
      for (const [id, n] of ids) if (n > 1) p.push(`control id "${id}" is used ${n} times`);
    }
  }
  return p;
}

/** Every `resid` resolves to a resource of the right kind; ids are unique and short; nothing is unused. */
export function checkResids(root: XmlNode): string[] {
  const p: string[] = [];
  const list = resources(root);
  const byId = new Map<string, Resource>();
  for (const r of list) {
    if (!r.id) p.push(`a resource has no id`);
    else if (byId.has(r.id)) p.push(`resource id "${r.id}" is defined twice`);
    else byId.set(r.id, r);
    if (r.id.length > 32) p.push(`resource id "${r.id}" is longer than 32 characters`);
    if (!r.defaultValue) p.push(`resource "${r.id}" has no DefaultValue`);
    const limit = r.kind === "shortString" ? 125 : r.kind === "longString" ? 250 : 2048;
    for (const value of [r.defaultValue, ...Object.values(r.overrides)]) {
      if (value.length > limit) p.push(`resource "${r.id}" has a value longer than ${limit} characters`);
    }
  }
  const used = new Set<string>();
  const vo = child(root, "VersionOverrides");
  if (vo) {
    walk(vo, (node, path) => {
      const resid = node.attrs.resid;
      if (resid === undefined) return;
      used.add(resid);
      const where = `<${node.name}> in ${path.slice(-4, -1).join(" > ")}`;
      const target = byId.get(resid);
      const kinds = expectedKind(path);
      if (!target) p.push(`resid "${resid}" on ${where} does not resolve to any resource`);
      else if (!kinds.includes(target.kind)) {
        p.push(`resid "${resid}" on ${where} points at a ${target.kind}, expected ${kinds.join(" or ")}`);
      }
    });
  }
  for (const r of list) if (r.id && !used.has(r.id)) p.push(`resource "${r.id}" is never used`);
  return p;
}

/** One long-lived runtime, and the same runtime resid for the runtime, the functions page, FunctionFile and the pane. */
export function checkRuntime(root: XmlNode): string[] {
  const p: string[] = [];
  const host = at(root, "VersionOverrides", "Hosts", "Host");
  const runtimes = childrenNamed(child(host, "Runtimes"), "Runtime");
  if (runtimes.length !== 1) return [`expected exactly one <Runtime>, found ${runtimes.length}`];
  const runtime = runtimes[0];
  if (runtime.attrs.lifetime !== "long") {
    p.push(`<Runtime lifetime="${runtime.attrs.lifetime ?? ""}">: the shared runtime must be lifetime="long"`);
  }
  const resid = runtime.attrs.resid;
  if (!resid) return [...p, `<Runtime> has no resid`];
  const users: ReadonlyArray<readonly [string, string | undefined]> = [
    [
      "CustomFunctions <Page><SourceLocation>",
      at(host, "AllFormFactors", "ExtensionPoint[xsi:type=CustomFunctions]", "Page", "SourceLocation")?.attrs.resid,
    ],
    ["<FunctionFile>", at(host, "DesktopFormFactor", "FunctionFile")?.attrs.resid],
    [
      "the ShowTaskpane <Action><SourceLocation>",
      at(
        host,
        "DesktopFormFactor",
        "ExtensionPoint[xsi:type=PrimaryCommandSurface]",
        "OfficeTab",
        "Group",
        "Control",
        "Action",
        "SourceLocation",
      )?.attrs.resid,
    ],
  ];
  for (const [where, value] of users) {
    if (value !== resid) p.push(`${where} uses resid "${value ?? ""}", not the runtime's "${resid}"`);
  }
  const runtimeUrl = resources(root).find((r) => r.id === resid)?.defaultValue;
  const taskpaneUrl = at(root, "DefaultSettings", "SourceLocation")?.attrs.DefaultValue;
  if (runtimeUrl !== undefined && taskpaneUrl !== runtimeUrl) {
    p.push(`<DefaultSettings><SourceLocation> is "${taskpaneUrl ?? ""}", not the runtime page "${runtimeUrl}"`);
  }
  return p;
}

/** Namespace SMORTE, en-US overrides on ribbon strings, and the Danish functions metadata. */
export function checkLocalisation(root: XmlNode): string[] {
  const p: string[] = [];
  const list = resources(root);
  const byId = new Map(list.map((r) => [r.id, r]));
  const host = at(root, "VersionOverrides", "Hosts", "Host");
  const cf = at(host, "AllFormFactors", "ExtensionPoint[xsi:type=CustomFunctions]");
  const ns = byId.get(child(cf, "Namespace")?.attrs.resid ?? "");
  if (ns && ns.defaultValue !== "SMORTE")
    p.push(`the custom functions namespace is "${ns.defaultValue}", expected SMORTE`);
  const ribbon = at(host, "DesktopFormFactor", "ExtensionPoint[xsi:type=PrimaryCommandSurface]");
  if (ribbon) {
    walk(ribbon, (node) => {
      const r = byId.get(node.attrs.resid ?? "");
      if (r && (r.kind === "shortString" || r.kind === "longString") && !r.overrides["en-US"]) {
        p.push(`ribbon string "${r.id}" has no en-US <bt:Override>`);
      }
    });
  }
  const metadata = byId.get(at(cf, "Metadata", "SourceLocation")?.attrs.resid ?? "");
  if (metadata) {
    const da = metadata.overrides["da-DK"];
    if (!da) p.push(`the functions metadata URL "${metadata.id}" has no da-DK <bt:Override>`);
    else if (!da.endsWith("/functions-da.json"))
      p.push(`the da-DK functions metadata must be functions-da.json, not "${da}"`);
    if (!metadata.defaultValue.endsWith("/functions.json"))
      p.push(`the functions metadata URL must end in /functions.json`);
  }
  return p;
}

export interface ManifestUrl {
  readonly url: string;
  readonly where: string;
}

/** Every URL in the manifest, with where it was found. */
export function manifestUrls(root: XmlNode): ManifestUrl[] {
  const urls: ManifestUrl[] = [];
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    const v = child(root, name)?.attrs.DefaultValue;
    if (v) urls.push({ url: v, where: `<${name}>` });
  }
  for (const domain of childrenNamed(child(root, "AppDomains"), "AppDomain")) {
    urls.push({ url: domain.text, where: "<AppDomain>" });
  }
  const page = at(root, "DefaultSettings", "SourceLocation")?.attrs.DefaultValue;
  if (page) urls.push({ url: page, where: "<DefaultSettings><SourceLocation>" });
  for (const r of resources(root)) {
    if (r.kind !== "image" && r.kind !== "url") continue;
    urls.push({ url: r.defaultValue, where: `resource "${r.id}"` });
    for (const [locale, value] of Object.entries(r.overrides))
      urls.push({ url: value, where: `resource "${r.id}" (${locale})` });
  }
  return urls;
}

/** The path of `url` relative to the base URL, or undefined if it lies elsewhere. */
export function pathUnder(url: string, baseUrl: string): string | undefined {
  if (!url.startsWith(baseUrl)) return undefined;
  return decodeURIComponent(url.slice(baseUrl.length).split(/[?#]/)[0]);
}

/** Every URL is https under the base URL and names a file the build emits. */
export function checkUrls(root: XmlNode, options: CheckOptions): string[] {
  const p: string[] = [];
  for (const { url, where } of manifestUrls(root)) {
    if (!url.startsWith("https://")) p.push(`${where}: "${url}" is not https`);
    const path = pathUnder(url, options.baseUrl);
    if (path === undefined) p.push(`${where}: "${url}" is not under ${options.baseUrl}`);
    else if (!options.files.has(path))
      p.push(`${where}: "${path}" is not emitted by the build (${options.files.description})`);
  }
  return p;
}

/** Width and height from a PNG's IHDR chunk, or undefined if the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature) || bytes.toString("latin1", 12, 16) !== "IHDR") {
    return undefined;
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Every icon the manifest names exists, is a PNG, and has the pixel size it is declared at. */
export function checkIcons(root: XmlNode, options: CheckOptions): string[] {
  const p: string[] = [];
  const byId = new Map(resources(root).map((r) => [r.id, r]));
  const icons: Array<{ url: string; size: number; where: string }> = [];
  const iconUrl = child(root, "IconUrl")?.attrs.DefaultValue;
  if (iconUrl) icons.push({ url: iconUrl, size: 32, where: "<IconUrl>" });
  const hiRes = child(root, "HighResolutionIconUrl")?.attrs.DefaultValue;
  if (hiRes) icons.push({ url: hiRes, size: 64, where: "<HighResolutionIconUrl>" });
  const vo = child(root, "VersionOverrides");
  if (vo) {
    walk(vo, (node, path) => {
      if (node.name !== "bt:Image" || path[path.length - 2] !== "Icon") return;
      const size = Number(node.attrs.size);
      if (!RIBBON_ICON_SIZES.has(size))
        p.push(
          `ribbon icon "${node.attrs.resid ?? ""}" has size "${node.attrs.size ?? ""}", which Office does not use`,
        );
      const r = byId.get(node.attrs.resid ?? "");
      if (r) icons.push({ url: r.defaultValue, size, where: `icon "${r.id}" (size ${size})` });
    });
  }
  const seen = new Set<string>();
  for (const icon of icons) {
    const key = `${icon.url}@${icon.size}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const path = pathUnder(icon.url, options.baseUrl);
    if (path === undefined) continue; // reported by checkUrls
    const bytes = options.files.has(path) ? options.files.read(path) : undefined;
    if (!bytes) {
      p.push(`${icon.where}: icon file "${path}" is missing`);
      continue;
    }
    const size = pngSize(bytes);
    if (!size) p.push(`${icon.where}: "${path}" is not a PNG`);
    else if (size.width !== icon.size || size.height !== icon.size) {
      p.push(`${icon.where}: "${path}" is ${size.width}x${size.height} px, expected ${icon.size}x${icon.size}`);
    }
  }
  return p;
}

/** All checks over the manifest text. Malformed XML is reported, not thrown. */
export async function checkManifest(xml: string, options: CheckOptions): Promise<string[]> {
  let root: XmlNode;
  try {
    root = await parseManifest(xml);
  } catch (error) {
    return [`the manifest is not well-formed XML: ${(error as Error).message.split("\n")[0]}`];
  }
  return [
    ...checkStructure(root),
    ...checkResids(root),
    ...checkRuntime(root),
    ...checkLocalisation(root),
    ...checkUrls(root, options),
    ...checkIcons(root, options),
  ];
}

// ---------------------------------------------------------------------------------------------------
// Views of the emitted files

/** The files in a built output folder. */
export function distFiles(dir: string): EmittedFiles {
  const full = (path: string): string => join(dir, ...path.split("/"));
  return {
    description: `${relative(process.cwd(), dir) || dir}/`,
    has: (path) => existsSync(full(path)) && statSync(full(path)).isFile(),
    read: (path) => (existsSync(full(path)) ? readFileSync(full(path)) : undefined),
  };
}

/** The parts of a webpack config this reader understands (duck-typed, so no webpack types are needed). */
interface PlannedConfig {
  entry?: Record<string, string>;
  output?: { filename?: string };
  plugins?: ReadonlyArray<{
    constructor: { name: string };
    userOptions?: { filename?: string };
    patterns?: ReadonlyArray<{ from: string; to?: string }>;
    options?: { output?: string };
  }>;
}

/**
 * The files a webpack config will emit, worked out without building: the entry scripts, the HTML
 * pages, the custom functions metadata and the copied files (read from their sources).
 */
export function plannedFiles(config: PlannedConfig, projectDir: string): EmittedFiles {
  const built = new Set<string>();
  const copied = new Map<string, string>(); // output path → source file
  const copiedDirs: Array<{ to: string; from: string }> = [];
  const filename = config.output?.filename ?? "[name].js";
  for (const name of Object.keys(config.entry ?? {})) built.add(filename.replace("[name]", name));
  for (const plugin of config.plugins ?? []) {
    const kind = plugin.constructor.name;
    if (kind === "HtmlWebpackPlugin") built.add(plugin.userOptions?.filename ?? "index.html");
    if (kind === "CustomFunctionsMetadataPlugin" && plugin.options?.output) built.add(plugin.options.output);
    if (kind === "CopyPlugin" || kind === "CopyWebpackPlugin") {
      for (const pattern of plugin.patterns ?? []) {
        const from = resolve(projectDir, pattern.from);
        const to = (pattern.to ?? pattern.from).split(sep).join("/");
        if (existsSync(from) && statSync(from).isDirectory()) copiedDirs.push({ to: posix.join(to, "/"), from });
        else copied.set(to, from);
      }
    }
  }
  const source = (path: string): string | undefined => {
    if (copied.has(path)) return copied.get(path);
    const dir = copiedDirs.find((d) => path.startsWith(d.to));
    return dir ? join(dir.from, ...path.slice(dir.to.length).split("/")) : undefined;
  };
  return {
    description: "the webpack config",
    has: (path) => {
      if (built.has(path)) return true;
      const from = source(path);
      return from !== undefined && existsSync(from) && statSync(from).isFile();
    },
    read: (path) => {
      const from = source(path);
      return from !== undefined && existsSync(from) ? readFileSync(from) : undefined;
    },
  };
}
