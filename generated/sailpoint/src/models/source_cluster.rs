//! `SourceCluster`, from `apis/sources/schemas/source.yaml#/properties/cluster`.

use crate::models::SourceClusterType;

/// Reference to the source's associated cluster.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct SourceCluster {
    /// Type of object being referenced.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<SourceClusterType>,
    /// Cluster ID.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// Cluster's human-readable display name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SourceCluster {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        r#type: SourceClusterType,
        id: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        SourceCluster {
            r#type: Some(r#type),
            id: id.into(),
            name: name.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for SourceCluster {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for SourceCluster {
    const NAME: &'static str = "SourceCluster";

    #[inline]
    fn empty() -> Self {
        SourceCluster {
            r#type: None,
            id: Default::default(),
            name: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "type" => self.r#type = map.next_value()?,
            "id" => self.id = map.next_value_seed(crate::lenient::Text)?,
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
