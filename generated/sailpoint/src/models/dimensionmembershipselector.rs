//! `Dimensionmembershipselector`, from `apis/dimensions/schemas/dimensionmembershipselector.yaml`.

use crate::models::{Dimensioncriterialevel1, Dimensionmembershipselectortype};

/// When present, specifies that the Dimension is to be granted to Identities which either satisfy specific criteria.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Dimensionmembershipselector {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Dimensionmembershipselectortype>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub criteria: Option<Dimensioncriterialevel1>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Dimensionmembershipselector {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Dimensionmembershipselector {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Dimensionmembershipselector {
    const NAME: &'static str = "Dimensionmembershipselector";

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
            "type" => self.r#type = map.next_value()?,
            "criteria" => self.criteria = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
