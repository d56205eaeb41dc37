//! `TreeNode`, from `openapi.yaml#/components/schemas/TreeNode`.

/// A recursive tree node.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct TreeNode {
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub children: Option<Vec<TreeNode>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent: Option<Box<TreeNode>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TreeNode {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(name: impl Into<String>) -> Self {
        TreeNode {
            name: name.into(),
            children: None,
            parent: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for TreeNode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for TreeNode {
    const NAME: &'static str = "TreeNode";

    #[inline]
    fn empty() -> Self {
        TreeNode {
            name: Default::default(),
            children: None,
            parent: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "children" => self.children = map.next_value()?,
            "parent" => self.parent = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
