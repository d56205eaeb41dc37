//! `Nestedconfig`, from `apis/custom-user-levels/schemas/nestedconfig.yaml`.

/// A NestedConfig
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Nestedconfig {
    /// The unique identifier of the ancestor RightSet.
    #[serde(rename = "ancestorId", skip_serializing_if = "Option::is_none")]
    pub ancestor_id: Option<String>,
    /// The depth level of the configuration.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub depth: Option<i32>,
    /// The unique identifier of the parent RightSet.
    #[serde(rename = "parentId", skip_serializing_if = "Option::is_none")]
    pub parent_id: Option<String>,
    /// List of unique identifiers for child configurations.
    #[serde(rename = "childrenIds", skip_serializing_if = "Option::is_none")]
    pub children_ids: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Nestedconfig {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Nestedconfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Nestedconfig {
    const NAME: &'static str = "Nestedconfig";

    #[inline]
    fn empty() -> Self {
        Self::default()
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "ancestorId" => {
                self.ancestor_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "depth" => self.depth = map.next_value()?,
            "parentId" => {
                self.parent_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "childrenIds" => self.children_ids = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
