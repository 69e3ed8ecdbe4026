/**
 * One pane-wide notice ("Borgeren er gemt …") that survives a change of view, shown as a Fluent
 * MessageBar at the top of the next view until dismissed or replaced.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  type MessageBarIntent,
} from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons";
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { Dated } from "./DayText";

export interface NoticeText {
  readonly intent: MessageBarIntent;
  readonly title?: string;
  readonly text: string;
  /** Extra lines, e.g. what a goal still lacks. */
  readonly lines?: readonly string[];
  /** Lines shown only when the user opens them (`summary` is the control), e.g. everything first use added. */
  readonly details?: { readonly summary: string; readonly lines: readonly string[] };
}

interface NoticeApi {
  readonly notice: NoticeText | null;
  show(notice: NoticeText): void;
  clear(): void;
}

const NoticeContext = createContext<NoticeApi | null>(null);

export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<NoticeText | null>(null);
  const show = useCallback((n: NoticeText) => setNotice(n), []);
  const clear = useCallback(() => setNotice(null), []);
  const value = useMemo(() => ({ notice, show, clear }), [notice, show, clear]);
  return <NoticeContext.Provider value={value}>{children}</NoticeContext.Provider>;
}

export function useNotice(): NoticeApi {
  const api = useContext(NoticeContext);
  if (!api) throw new Error("Beskedfeltet mangler.");
  return api;
}

/** A title as the first sentence of the message: ends with a full stop unless it has its own mark. */
export const asSentence = (title: string): string =>
  /[.!?:…]$/.test(title.trim()) ? title.trim() : `${title.trim()}.`;

/**
 * A MessageBar with a title, text, optional lines and an optional dismiss button. The title and the
 * text read as two sentences ("Filen blev ikke gemt. Der er …"), also to a screen reader.
 */
export function Message({ notice, onDismiss }: { notice: NoticeText; onDismiss?: () => void }) {
  return (
    <MessageBar intent={notice.intent} layout="multiline">
      <MessageBarBody>
        {notice.title ? (
          <MessageBarTitle>
            <Dated text={asSentence(notice.title)} />
          </MessageBarTitle>
        ) : null}
        {notice.title && notice.text ? " " : null}
        <Dated text={notice.text} />
        {notice.lines && notice.lines.length > 0 ? (
          <ul style={{ margin: "4px 0 0", paddingLeft: 18 }}>
            {notice.lines.map((line) => (
              <li key={line}>
                <Dated text={line} />
              </li>
            ))}
          </ul>
        ) : null}
        {notice.details && notice.details.lines.length > 0 ? (
          <details style={{ marginTop: 4 }}>
            <summary style={{ cursor: "pointer" }}>{notice.details.summary}</summary>
            <ul style={{ margin: "4px 0 0", paddingLeft: 18 }}>
              {notice.details.lines.map((line) => (
                <li key={line}>
                  <Dated text={line} />
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </MessageBarBody>
      {onDismiss ? (
        <MessageBarActions
          containerAction={
            <Button
              appearance="transparent"
              aria-label="Luk beskeden"
              icon={<Dismiss20Regular />}
              onClick={onDismiss}
            />
          }
        />
      ) : null}
    </MessageBar>
  );
}

/**
 * The pane-wide notice, if any. A new notice is scrolled into view: after saving at the bottom of a
 * long form at 320 px, what was saved (and what a goal still lacks) is on screen, not above it.
 */
export function NoticeArea() {
  const { notice, clear } = useNotice();
  const area = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!notice) return;
    // After the new view has placed its focus (which may scroll to a goal card further down).
    const frame = requestAnimationFrame(() => {
      const el = area.current;
      if (!el) return;
      // A view that placed no focus (the one the saved form went back to) leaves it on the page itself:
      // the keyboard user then goes on from the message of what was just done.
      const lost = document.activeElement === null || document.activeElement === document.body;
      if (lost) el.focus();
      else if (el.getBoundingClientRect().top < 0) el.scrollIntoView?.({ block: "start" });
    });
    return () => cancelAnimationFrame(frame);
  }, [notice]);
  return notice ? (
    <div ref={area} tabIndex={-1}>
      <Message notice={notice} onDismiss={clear} />
    </div>
  ) : null;
}
