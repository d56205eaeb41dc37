//! `Dependantconnectionsmissingdto`, from `apis/sources/schemas/dependantconnectionsmissingdto.yaml`.

use crate::models::DependantconnectionsmissingdtoDependencyType;

/// `Dependantconnectionsmissingdto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Dependantconnectionsmissingdto {
    /// The type of dependency type that is missing in the SourceConnections
    #[serde(rename = "dependencyType", skip_serializing_if = "Option::is_none")]
    pub dependency_type: Option<DependantconnectionsmissingdtoDependencyType>,
    /// The reason why this dependency is missing
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Dependantconnectionsmissingdto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Dependantconnectionsmissingdto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Dependantconnectionsmissingdto {
    const NAME: &'static str = "Dependantconnectionsmissingdto";

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
            "dependencyType" => self.dependency_type = map.next_value()?,
            "reason" => self.reason = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
