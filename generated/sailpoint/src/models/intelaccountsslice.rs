//! `Intelaccountsslice`, from `apis/intelligence/schemas/intelaccountsslice.yaml`.

use crate::models::Intelaccessaccountwire;

/// Accounts slice embedded in the aggregate identity response.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Intelaccountsslice {
    /// First page of accounts for the identity.
    ///
    /// A server's absent or `null` member reads as an empty list.
    pub items: Vec<Intelaccessaccountwire>,
    /// Total number of accounts for this identity; omitted when `items` is empty.
    #[serde(rename = "totalCount", skip_serializing_if = "Option::is_none")]
    pub total_count: Option<i32>,
    /// Absolute URL to the next accounts page; present when totalCount exceeds the items returned on this page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Intelaccountsslice {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(items: Vec<Intelaccessaccountwire>) -> Self {
        Intelaccountsslice {
            items,
            total_count: None,
            next: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Intelaccountsslice {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Intelaccountsslice {
    const NAME: &'static str = "Intelaccountsslice";

    #[inline]
    fn empty() -> Self {
        Intelaccountsslice {
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
