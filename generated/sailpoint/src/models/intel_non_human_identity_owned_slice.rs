//! `IntelNonHumanIdentityOwnedSlice`, from `apis/intelligence/schemas/intel-non-human-identity-owned-slice.yaml`.

use crate::models::IntelNonHumanIdentityOwnershipItem;

/// One paged ownership role bucket (`primaryOwned` or `secondaryOwned`) embedded on the human
/// aggregate. Embeds the first page of owned non-human identities; totalCount when items is
/// non-empty. Continuation next carries limit and offset.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct IntelNonHumanIdentityOwnedSlice {
    /// First page of owned non-human identities for this role.
    ///
    /// A server's absent or `null` member reads as an empty list.
    pub items: Vec<IntelNonHumanIdentityOwnershipItem>,
    /// Total number of owned non-human identities in this role; omitted when items is empty.
    #[serde(rename = "totalCount", skip_serializing_if = "Option::is_none")]
    pub total_count: Option<i32>,
    /// Absolute URL to the next page for this category and ownership role; present when totalCount
    /// exceeds the items returned on this page. Includes `ownershipRole`, `limit`, `offset`, and
    /// `count=true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl IntelNonHumanIdentityOwnedSlice {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(items: Vec<IntelNonHumanIdentityOwnershipItem>) -> Self {
        IntelNonHumanIdentityOwnedSlice {
            items,
            total_count: None,
            next: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for IntelNonHumanIdentityOwnedSlice {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for IntelNonHumanIdentityOwnedSlice {
    const NAME: &'static str = "IntelNonHumanIdentityOwnedSlice";

    #[inline]
    fn empty() -> Self {
        IntelNonHumanIdentityOwnedSlice {
            items: Default::default(),
            total_count: None,
            next: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "items" => {
                self.items = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "totalCount" => self.total_count = map.next_value()?,
            "next" => self.next = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
