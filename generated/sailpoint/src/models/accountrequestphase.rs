//! `Accountrequestphase`, from `apis/account-deletion-requests/schemas/accountrequestphase.yaml`.

use crate::models::{AccountrequestphaseName, Accountrequestphasestate};

/// Contains detailed information about each phase in the account request process, including its type, current state, and relevant timestamps.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accountrequestphase {
    /// Enum of account request phase type
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<AccountrequestphaseName>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<Accountrequestphasestate>,
    /// Start date of account request phase.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub started: Option<chrono::DateTime<chrono::Utc>>,
    /// Finish date of account request phase.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub finished: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accountrequestphase {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Accountrequestphase {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accountrequestphase {
    const NAME: &'static str = "Accountrequestphase";

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
            "name" => self.name = map.next_value()?,
            "state" => self.state = map.next_value()?,
            "started" => self.started = map.next_value_seed(crate::datetime::Optional)?,
            "finished" => self.finished = map.next_value_seed(crate::datetime::Optional)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
