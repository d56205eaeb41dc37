//! `TreeNode`, from `openapi.yaml#/components/schemas/TreeNode`.

/// A recursive tree node.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TreeNode {
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub children: Option<Vec<TreeNode>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<Box<TreeNode>>,
}

impl TreeNode {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(name: impl Into<String>) -> Self {
        TreeNode {
            name: name.into(),
            children: None,
            parent: None,
        }
    }
}
