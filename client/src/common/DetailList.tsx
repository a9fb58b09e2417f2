import Box from "@mui/material/Box";
import type { ReactNode } from "react";

export interface DetailItem {
  /** React key; defaults to the label, which must then be unique in the list. */
  id?: string;
  label: string;
  value: ReactNode;
}

interface DetailListProps {
  items: DetailItem[];
  /** Width of the label column on screens wide enough for two columns. */
  labelWidth?: string;
}

/** Renders label–value pairs as a description list, in two columns that stack on narrow screens. */
export function DetailList({ items, labelWidth = "11rem" }: DetailListProps) {
  return (
    <Box
      component="dl"
      sx={{
        m: 0,
        display: "grid",
        gridTemplateColumns: { xs: "1fr", sm: `${labelWidth} 1fr` },
        columnGap: 2,
        rowGap: { xs: 0.25, sm: 1 },
        "& dt": { color: "text.secondary", typography: "body2", mt: { xs: 1, sm: 0 } },
        "& dd": { m: 0, typography: "body2", overflowWrap: "anywhere" },
      }}
    >
      {items.map((item) => (
        <Box key={item.id ?? item.label} sx={{ display: "contents" }}>
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </Box>
      ))}
    </Box>
  );
}
