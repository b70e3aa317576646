import { makeStyles, tokens } from "@fluentui/react-components";

/** The lists of the check and review steps: compact rows, a visible focus, the chosen row marked. */
export const useListStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: "2px", margin: 0, padding: 0 },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    borderLeft: `3px solid transparent`,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  selected: { backgroundColor: tokens.colorBrandBackground2, borderLeftColor: tokens.colorBrandStroke1 },
  context: { color: tokens.colorNeutralForeground3 },
  top: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  percent: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  where: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  name: { fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  message: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});
