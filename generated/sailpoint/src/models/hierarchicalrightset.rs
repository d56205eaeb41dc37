//! `Hierarchicalrightset`, from `apis/custom-user-levels/schemas/hierarchicalrightset.yaml`.

use crate::models::Nestedconfig;

/// A HierarchicalRightSet
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Hierarchicalrightset {
    /// The unique identifier of the RightSet.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The human-readable name of the RightSet.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A human-readable description of the RightSet.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The category of the RightSet.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// Nested configuration for the HierarchicalRightSet.
    #[serde(rename = "nestedConfig", skip_serializing_if = "Option::is_none")]
    pub nested_config: Option<Nestedconfig>,
    /// List of child HierarchicalRightSets.
    ///
    /// The spec's example has a lone item here, not a list: a lone item is read as a list of one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub children: Option<Vec<Hierarchicalrightset>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Hierarchicalrightset {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Hierarchicalrightset {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Hierarchicalrightset {
    const NAME: &'static str = "Hierarchicalrightset";

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
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "category" => {
                self.category = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "nestedConfig" => self.nested_config = map.next_value()?,
            "children" => {
                self.children = map
                    .next_value_seed(crate::lenient::OneOrManyOption::NEW)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
