"""One row per node of a policyparse document: the Spark job and its check flatten alike."""

TASK_FIELDS = ["id", "index_path", "level", "style", "marker", "heading", "text", "span_start", "span_end",
               "departments", "amounts", "percentages", "years", "quantities"]


def task_rows(doc_id, document):
    """Every node of `document`, depth first, as a tuple in TASK_FIELDS order.

    `index_path` is the node's position in the tree, 1-based, joined with '.' ("2.1.3").
    """
    rows = []
    stack = [(str(i + 1), node) for i, node in reversed(list(enumerate(document["children"])))]
    while stack:
        path, node = stack.pop()
        rows.append((doc_id, path, node["level"], node["style"], node["marker"], node["heading"], node["text"],
                     node["span"][0], node["span"][1], [d["name"] for d in node["departments"]],
                     len(node["amounts"]), len(node["percentages"]), len(node["years"]), len(node["quantities"])))
        children = node["children"]
        for i in range(len(children) - 1, -1, -1):
            stack.append((f"{path}.{i + 1}", children[i]))
    return rows
