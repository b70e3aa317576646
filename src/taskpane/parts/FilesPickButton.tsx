import { useEffect, useRef } from "react";
import { Button } from "@fluentui/react-components";

/**
 * A button that opens the browser's picker for several files, or for a whole folder (`directory`:
 * every file inside it and its subfolders). Like FilePickButton, the native input stays hidden and
 * the button is what keyboard and screen-reader users reach.
 */
export function FilesPickButton(props: { label: string; accept?: string; directory?: boolean; disabled: boolean; onFiles: (files: File[]) => void; appearance?: "primary" | "secondary" }) {
  const input = useRef<HTMLInputElement>(null);
  const directory = props.directory === true;
  useEffect(() => {
    // Not a React attribute; browsers without folder picking ignore it and pick files.
    if (input.current !== null) input.current.webkitdirectory = directory;
  }, [directory]);
  return (
    <>
      <Button appearance={props.appearance ?? "secondary"} disabled={props.disabled} onClick={() => input.current?.click()}>
        {props.label}
      </Button>
      <input
        ref={input}
        type="file"
        multiple
        {...(props.accept !== undefined && !directory ? { accept: props.accept } : {})}
        hidden
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // Cleared so that choosing the same files again (after fixing one) is noticed.
          event.target.value = "";
          if (files.length > 0) props.onFiles(files);
        }}
      />
    </>
  );
}
