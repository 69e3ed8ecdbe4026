/** The Danish help text of the command line. */
export const HELP_TEXT = `SMORTE – kommandolinjen til SMORTE-arbejdsbøger (.xlsx gemt fra tilføjelsesprogrammet)

Brug:
  npm run cli -- <kommando> [argumenter]

Kommandoer:
  demo [--out MAPPE]
      Skriver en eksempel-arbejdsbog (smorte-demo.xlsx) med opdigtede data, laver årsevalueringen
      for det seneste hele år (aarsevaluering-ÅR.xlsx og .json) og den regionale eksport
      (regional-ÅR.csv og .json) og analysen af episoder med vold og overgreb (haendelser-ÅR.xlsx og
      .json). Alt lægges i MAPPE (standard: demo/).

  check BOG.xlsx [--json]
      Tjekker arbejdsbogen: alle fejl og advarsler med ark, række og kolonne, som Excel viser dem.
      --json skriver fundene som JSON: [{ "severity", "sheet", "row", "column", "message" }].

  evaluate BOG.xlsx --year ÅR [--out UD.xlsx] [--json UD.json]
      Laver årsevalueringen (arkene "Årsevaluering ÅR" og "Grundlag ÅR") i en kopi af arbejdsbogen.
      Uden --out hedder kopien BOG-aarsevaluering-ÅR.xlsx og ligger ved siden af BOG.xlsx.
      En handleplan, der allerede står i arbejdsbogen for ÅR, bevares.
      --json skriver evalueringens tal som JSON (schemaVersion 1).

  export BOG.xlsx --year ÅR --out FIL.csv [--json FIL.json]
      Laver den regionale eksport: kun samlede tal pr. målgruppe og metode, uden navne, BorgerID
      eller fritekst. Tal for grupper med færre borgere end MindsteAntal skjules.

  status BOG.xlsx --citizen ID [--out UD.xlsx] [--from DATO] [--to DATO]
      Laver en statusrapport for én borger til statusmødet med kommunen (arket "Status ID") i en
      kopi af arbejdsbogen: mål og delmål, metode, SMORTE, alle opfølgninger i perioden, fremskridt,
      GAS og et kurvediagram pr. mål. Uden --out hedder kopien BOG-status-ID.xlsx.
      Uden --from tæller alle opfølgninger til og med --to (standard: i dag). Datoer: 01-03-2026.
      Rapporten indeholder navn og fritekst og er kun til tilbuddet og borgerens kommune.

  incidents BOG.xlsx --year ÅR [--quarter K] [--out UD.xlsx] [--json UD.json]
      Analyserer episoderne med vold og overgreb i registret (arkene Hændelser og Risikovurdering) for
      ÅR eller et kvartal (1-4) af det, med samme periode året før ved siden af. Arket "Hændelser ÅR"
      (eller "Hændelser ÅR K1" …) skrives i en kopi af arbejdsbogen; uden --out hedder kopien
      BOG-haendelser-ÅR.xlsx (eller BOG-haendelser-ÅR-K1.xlsx). Arbejdsmiljøgruppens læringstabel bevares.
      --json skriver analysens tal som JSON (schemaVersion 1): kun antal, ingen BorgerID og ingen fritekst.

  consolidate FIL... --year ÅR --out SEKTOR.xlsx [--json SEKTOR.json] [--min N]
      Lægger mange tilbuds regionale eksporter (CSV eller JSON, version 1 eller 2) sammen til arket
      "Sektor ÅR": tal pr. målgruppe, metode og begge, med dækning og sidste år, og et tragtdiagram pr.
      målgruppe, der sammenligner tilbuddene retfærdigt. FIL kan være filer, en mappe eller et mønster
      (*.csv). Filer for ÅR-1 giver sidste års tal. Kun tilbuddenes offentliggjorte tal bruges; en
      sektorrække med færre end N borgere (standard 5, aldrig under 3) skjules. Afvises en fil (ikke en
      eksport, tal der ikke passer, en skjult række med tal, to filer for samme tilbud og år), skrives
      intet. Filerne ændres aldrig.

  --help
      Viser denne hjælp.

Arbejdsbogen, du angiver, bliver aldrig ændret.

Afslutningskoder:
  0  alt gik godt
  1  check fandt fejl i data
  2  forkert brug, eller en fil kunne ikke læses eller skrives

Eksempler:
  npm run demo
  npm run cli -- check demo/smorte-demo.xlsx
  npm run cli -- evaluate demo/smorte-demo.xlsx --year 2025 --out aarsevaluering-2025.xlsx
  npm run cli -- export demo/smorte-demo.xlsx --year 2025 --out regional-2025.csv --json regional-2025.json
  npm run cli -- status demo/smorte-demo.xlsx --citizen B0001 --from 01-01-2025 --to 31-12-2025
  npm run cli -- incidents demo/smorte-demo.xlsx --year 2025 --quarter 4 --json haendelser-2025-K4.json
  npm run cli -- consolidate eksporter/ --year 2025 --out sektor-2025.xlsx --json sektor-2025.json`;
