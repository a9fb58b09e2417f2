import { useGraphiQL, useGraphiQLActions, type GraphiQLPlugin } from "@graphiql/react";
import ListAltOutlinedIcon from "@mui/icons-material/ListAltOutlined";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import ListItemButton from "@mui/material/ListItemButton";
import ListItemText from "@mui/material/ListItemText";
import Typography from "@mui/material/Typography";

import { EXAMPLE_OPERATIONS, formatExampleVariables, type ExampleDefaults, type ExampleOperation } from "./example-operations";

/** Title of the plugin, which GraphiQL also uses as the label of its sidebar button. */
export const EXAMPLES_PLUGIN_TITLE = "Examples";

/** Creates the sidebar panel that lists the example operations, with variables filled from `defaults`. */
export function createExamplesPlugin(defaults: ExampleDefaults): GraphiQLPlugin {
  return {
    title: EXAMPLES_PLUGIN_TITLE,
    icon: () => <ListAltOutlinedIcon fontSize="small" />,
    content: () => <ExampleList defaults={defaults} />,
  };
}

function ExampleList({ defaults }: { defaults: ExampleDefaults }) {
  const openExample = useOpenExample(defaults);

  return (
    <section aria-labelledby="explorer-examples-title">
      <Typography id="explorer-examples-title" variant="h2" component="h2" sx={{ mb: 1 }}>
        Examples
      </Typography>
      <Typography variant="body2" color="text.secondary">
        Each example opens in its own tab with its variables filled in. Run it with the play button.
      </Typography>
      <List dense>
        {EXAMPLE_OPERATIONS.map((example) => (
          <ListItem key={example.operationName} disablePadding>
            <ListItemButton onClick={() => openExample(example)} sx={{ px: 1, alignItems: "flex-start" }}>
              <ListItemText
                primary={example.title}
                secondary={example.description}
                slotProps={{ primary: { sx: { fontWeight: 600 } } }}
              />
            </ListItemButton>
          </ListItem>
        ))}
      </List>
    </section>
  );
}

/**
 * Returns a function that shows an example in the tab named after its operation, or in a new
 * tab when there is none, and resets that tab's operation and variables to the example's.
 */
function useOpenExample(defaults: ExampleDefaults): (example: ExampleOperation) => void {
  const { addTab, changeTab, setOperationName } = useGraphiQLActions();
  const tabs = useGraphiQL((state) => state.tabs);
  const queryEditor = useGraphiQL((state) => state.queryEditor);
  const variableEditor = useGraphiQL((state) => state.variableEditor);

  return (example) => {
    const index = tabs.findIndex((tab) => tab.operationName === example.operationName);
    if (index === -1) {
      addTab();
    } else {
      changeTab(index);
    }

    queryEditor?.setValue(example.query);
    variableEditor?.setValue(formatExampleVariables(example, defaults));
    // GraphiQL reads the operation name from the editor only after a debounce. Until then a run
    // would send the previous tab's name, which the API rejects as an unknown operation.
    setOperationName(example.operationName);
  };
}
