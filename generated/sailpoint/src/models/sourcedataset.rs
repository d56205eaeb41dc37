//! `Sourcedataset`, from `apis/sources/schemas/sourcedataset.yaml`.

use crate::models::Sourcedatasetresourceref;

/// Dataset instance for a source. The dataset `id` is server-generated from `name` on create (`customer:` plus a normalized form of `name`); any client-supplied `id` is ignored. `aggregationEnabled` may always be updated. `name`, `description`, and `resources` can be changed only when the connector has the `supportDatasetCreation` label.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Sourcedataset {
    /// Dataset identifier. Server-generated on create.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Display name of the dataset. Required on create.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Description of the dataset.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Whether aggregation is enabled for this dataset on the source.
    #[serde(rename = "aggregationEnabled", skip_serializing_if = "Option::is_none")]
    pub aggregation_enabled: Option<bool>,
    /// Simplified resource references associated with this dataset.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resources: Option<Vec<Sourcedatasetresourceref>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Sourcedataset {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Sourcedataset {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Sourcedataset {
    const NAME: &'static str = "Sourcedataset";

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
            "aggregationEnabled" => {
                self.aggregation_enabled = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "resources" => self.resources = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
