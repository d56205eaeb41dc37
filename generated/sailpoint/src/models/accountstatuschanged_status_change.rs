//! `AccountstatuschangedStatusChange`, from `apis/identity-history/schemas/accountstatuschanged.yaml#/properties/statusChange`.

use crate::models::{
    AccountstatuschangedStatusChangeNewStatus,
    AccountstatuschangedStatusChangePreviousStatus,
};

/// `AccountstatuschangedStatusChange` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AccountstatuschangedStatusChange {
    /// the previous status of the account
    #[serde(rename = "previousStatus", skip_serializing_if = "Option::is_none")]
    pub previous_status: Option<AccountstatuschangedStatusChangePreviousStatus>,
    /// the new status of the account
    #[serde(rename = "newStatus", skip_serializing_if = "Option::is_none")]
    pub new_status: Option<AccountstatuschangedStatusChangeNewStatus>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccountstatuschangedStatusChange {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for AccountstatuschangedStatusChange {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for AccountstatuschangedStatusChange {
    const NAME: &'static str = "AccountstatuschangedStatusChange";

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
            "previousStatus" => self.previous_status = map.next_value()?,
            "newStatus" => self.new_status = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
