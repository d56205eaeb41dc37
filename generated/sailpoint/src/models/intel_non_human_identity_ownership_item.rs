//! `IntelNonHumanIdentityOwnershipItem`, from `apis/intelligence/schemas/intel-non-human-identity-ownership-item.yaml`.

use crate::models::Intelmachinesourcewire;

/// Owned non-human identity summary row (aggregate slices and child route).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct IntelNonHumanIdentityOwnershipItem {
    /// Identity Security Cloud identifier for the owned non-human identity.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// Preferred display name for the owned non-human identity.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "displayName")]
    pub display_name: String,
    /// Source of the owned non-human identity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Intelmachinesourcewire>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl IntelNonHumanIdentityOwnershipItem {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(id: impl Into<String>, display_name: impl Into<String>) -> Self {
        IntelNonHumanIdentityOwnershipItem {
            id: id.into(),
            display_name: display_name.into(),
            source: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for IntelNonHumanIdentityOwnershipItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for IntelNonHumanIdentityOwnershipItem {
    const NAME: &'static str = "IntelNonHumanIdentityOwnershipItem";

    #[inline]
    fn empty() -> Self {
        IntelNonHumanIdentityOwnershipItem {
            id: Default::default(),
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
            "id" => self.id = map.next_value_seed(crate::lenient::Text)?,
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
