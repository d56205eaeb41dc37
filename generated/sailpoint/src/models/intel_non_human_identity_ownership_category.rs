//! `IntelNonHumanIdentityOwnershipCategory`, from `apis/intelligence/schemas/intel-non-human-identity-ownership-category.yaml`.

use crate::models::{
    IntelNonHumanIdentityOwnedSlice, IntelNonHumanIdentityOwnershipCategoryReason,
};

/// Ownership category for agents or applications. On success, primaryOwned and secondaryOwned
/// carry independently paged buckets. On category-level upstream failure, message and reason are
/// set (reason: UPSTREAM_UNAVAILABLE). The service emits one flat object today, so primaryOwned
/// and secondaryOwned may still appear on the failure path with empty items.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct IntelNonHumanIdentityOwnershipCategory {
    /// First page of non-human identities for which this human is the primary owner.
    #[serde(rename = "primaryOwned", skip_serializing_if = "Option::is_none")]
    pub primary_owned: Option<IntelNonHumanIdentityOwnedSlice>,
    /// First page of non-human identities for which this human is a secondary owner.
    #[serde(rename = "secondaryOwned", skip_serializing_if = "Option::is_none")]
    pub secondary_owned: Option<IntelNonHumanIdentityOwnedSlice>,
    /// Human-readable explanation of the temporary ownership data failure.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Machine-readable reason code for the category-level ownership failure.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<IntelNonHumanIdentityOwnershipCategoryReason>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl IntelNonHumanIdentityOwnershipCategory {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for IntelNonHumanIdentityOwnershipCategory {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for IntelNonHumanIdentityOwnershipCategory {
    const NAME: &'static str = "IntelNonHumanIdentityOwnershipCategory";

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
            "primaryOwned" => self.primary_owned = map.next_value()?,
            "secondaryOwned" => self.secondary_owned = map.next_value()?,
            "message" => self.message = map.next_value_seed(crate::lenient::TextOption)?,
            "reason" => self.reason = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
