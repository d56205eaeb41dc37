//! `Accountstatuschanged`, from `apis/identity-history/schemas/accountstatuschanged.yaml`.

use crate::models::{AccountstatuschangedAccount, AccountstatuschangedStatusChange};

/// `Accountstatuschanged` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accountstatuschanged {
    /// the event type
    #[serde(rename = "eventType", skip_serializing_if = "Option::is_none")]
    pub event_type: Option<String>,
    /// the identity id
    #[serde(rename = "identityId", skip_serializing_if = "Option::is_none")]
    pub identity_id: Option<String>,
    /// the date of event
    #[serde(rename = "dateTime", skip_serializing_if = "Option::is_none")]
    pub date_time: Option<String>,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account: Option<AccountstatuschangedAccount>,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "statusChange", skip_serializing_if = "Option::is_none")]
    pub status_change: Option<AccountstatuschangedStatusChange>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accountstatuschanged {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        account: AccountstatuschangedAccount,
        status_change: AccountstatuschangedStatusChange,
    ) -> Self {
        Accountstatuschanged {
            event_type: None,
            identity_id: None,
            date_time: None,
            account: Some(account),
            status_change: Some(status_change),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Accountstatuschanged {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accountstatuschanged {
    const NAME: &'static str = "Accountstatuschanged";

    #[inline]
    fn empty() -> Self {
        Accountstatuschanged {
            event_type: None,
            identity_id: None,
            date_time: None,
            account: None,
            status_change: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "eventType" => {
                self.event_type = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "identityId" => {
                self.identity_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "dateTime" => {
                self.date_time = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "account" => self.account = map.next_value()?,
            "statusChange" => self.status_change = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
