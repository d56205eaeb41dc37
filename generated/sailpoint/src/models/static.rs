//! `Static`, from `apis/sources/schemas/static.yaml`.

use crate::models::Requiresperiodicrefresh;

/// `Static` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Static {
    /// This must evaluate to a JSON string, either through a fixed value or through conditional logic using the Apache Velocity Template Language.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub values: String,
    #[serde(rename = "requiresPeriodicRefresh", skip_serializing_if = "Option::is_none")]
    pub requires_periodic_refresh: Option<Requiresperiodicrefresh>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Static {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(values: impl Into<String>) -> Self {
        Static {
            values: values.into(),
            requires_periodic_refresh: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Static {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Static {
    const NAME: &'static str = "Static";

    #[inline]
    fn empty() -> Self {
        Static {
            values: Default::default(),
            requires_periodic_refresh: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "values" => self.values = map.next_value_seed(crate::lenient::Text)?,
            "requiresPeriodicRefresh" => {
                self.requires_periodic_refresh = map.next_value()?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
