//! `Accountrequest`, from `apis/search/schemas/accountrequest.yaml`.

use crate::models::{AccountrequestResult, Accountsource, Attributerequest};

/// `Accountrequest` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accountrequest {
    /// Unique ID of the account
    #[serde(rename = "accountId", skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    #[serde(rename = "attributeRequests", skip_serializing_if = "Option::is_none")]
    pub attribute_requests: Option<Vec<Attributerequest>>,
    /// The operation that was performed
    #[serde(skip_serializing_if = "Option::is_none")]
    pub op: Option<String>,
    #[serde(rename = "provisioningTarget", skip_serializing_if = "Option::is_none")]
    pub provisioning_target: Option<Accountsource>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result: Option<AccountrequestResult>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Accountsource>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accountrequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Accountrequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accountrequest {
    const NAME: &'static str = "Accountrequest";

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
            "attributeRequests" => self.attribute_requests = map.next_value()?,
            "op" => self.op = map.next_value_seed(crate::lenient::TextOption)?,
            "provisioningTarget" => self.provisioning_target = map.next_value()?,
            "result" => self.result = map.next_value()?,
            "source" => self.source = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
