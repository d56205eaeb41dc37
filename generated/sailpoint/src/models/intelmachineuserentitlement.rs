//! `Intelmachineuserentitlement`, from `apis/intelligence/schemas/intelmachineuserentitlement.yaml`.

use crate::models::Intelmachinesourcewire;

/// `Intelmachineuserentitlement` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Intelmachineuserentitlement {
    /// Source identifier for the entitlement.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "sourceId")]
    pub source_id: String,
    /// Entitlement identifier on the source.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "entitlementId")]
    pub entitlement_id: String,
    /// Display name for the entitlement.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "displayName")]
    pub display_name: String,
    /// Resolved source metadata when available upstream.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Intelmachinesourcewire>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Intelmachineuserentitlement {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        source_id: impl Into<String>,
        entitlement_id: impl Into<String>,
        display_name: impl Into<String>,
    ) -> Self {
        Intelmachineuserentitlement {
            source_id: source_id.into(),
            entitlement_id: entitlement_id.into(),
            display_name: display_name.into(),
            source: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Intelmachineuserentitlement {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Intelmachineuserentitlement {
    const NAME: &'static str = "Intelmachineuserentitlement";

    #[inline]
    fn empty() -> Self {
        Intelmachineuserentitlement {
            source_id: Default::default(),
            entitlement_id: Default::default(),
            display_name: Default::default(),
            source: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "sourceId" => self.source_id = map.next_value_seed(crate::lenient::Text)?,
            "entitlementId" => {
                self.entitlement_id = map.next_value_seed(crate::lenient::Text)?;
            }
            "displayName" => {
                self.display_name = map.next_value_seed(crate::lenient::Text)?;
            }
            "source" => self.source = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
