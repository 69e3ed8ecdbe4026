/**
 * Fields whose typed text cannot be read yet (a date such as "31-02-2026"): they report it to the
 * form around them, and the form refuses to save while one does, naming the field, instead of saving
 * the value the field held before. The text the user typed is never thrown away.
 */
import { createContext, useContext, useEffect, useId, useMemo, useRef } from "react";

export interface FieldProblem {
  /** The field's label, as the user sees it. */
  readonly label: string;
  readonly message: string;
  /** Puts the cursor in the field. */
  readonly focus: () => void;
}

export interface FieldProblems {
  report(id: string, problem: FieldProblem | null): void;
  /** The problems in the order the fields reported them. */
  current(): FieldProblem[];
}

/** A registry for one form. */
export function useFieldProblemsRegistry(): FieldProblems {
  const problems = useRef(new Map<string, FieldProblem>());
  return useMemo(
    () => ({
      report(id, problem) {
        if (problem) problems.current.set(id, problem);
        else problems.current.delete(id);
      },
      current: () => [...problems.current.values()],
    }),
    [],
  );
}

export const FieldProblemsContext = createContext<FieldProblems | null>(null);

/** Report this field's problem (or none) to the form it is in, and withdraw it when the field goes. */
export function useFieldProblem(problem: FieldProblem | null): void {
  const registry = useContext(FieldProblemsContext);
  const id = useId();
  useEffect(() => {
    registry?.report(id, problem);
    return () => registry?.report(id, null);
  }, [registry, id, problem]);
}

/** "Ikke gemt: …" for the form's message. */
export function fieldProblemsText(problems: readonly FieldProblem[]): string {
  const names = problems.map((p) => p.label);
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} og ${names[names.length - 1]}`;
  return names.length === 1
    ? `Ikke gemt: feltet ${list} kan ikke læses. ${problems[0].message}`
    : `Ikke gemt: felterne ${list} kan ikke læses. Ret dem, eller tøm dem.`;
}
