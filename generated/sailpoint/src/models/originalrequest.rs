//! `Originalrequest`, from `apis/search/schemas/originalrequest.yaml`.

use crate::models::{Accountsource, Attributerequest, Result2};

/// `Originalrequest` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Originalrequest {
    /// Account ID.
    #[serde(rename = "accountId", skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result: Option<Result2>,
    /// Attribute changes requested for account.
    #[serde(rename = "attributeRequests", skip_serializing_if = "Option::is_none")]
    pub attribute_requests: Option<Vec<Attributerequest>>,
    /// Operation used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub op: Option<String>,
    /// Account's source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Accountsource>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Originalrequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Originalrequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Originalrequest {
    const NAME: &'static str = "Originalrequest";

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
            "accountId" => {
                self.account_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "result" => self.result = map.next_value()?,
            "attributeRequests" => self.attribute_requests = map.next_value()?,
            "op" => self.op = map.next_value_seed(crate::lenient::TextOption)?,
            "source" => self.source = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
