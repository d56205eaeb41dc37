//! `Managedclientstatus`, from `apis/managed-clients/schemas/managedclientstatus.yaml`.

use crate::models::{Managedclientstatuscode, Managedclienttype};

/// Managed Client Status
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Managedclientstatus {
    /// ManagedClientStatus body information
    ///
    /// A server's absent or `null` member reads as an empty map.
    pub body: serde_json::Map<String, serde_json::Value>,
    /// status of the Managed Client
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<Managedclientstatuscode>,
    /// type of the Managed Client
    pub r#type: Option<Managedclienttype>,
    /// timestamp on the Client Status update
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Managedclientstatus {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        body: serde_json::Map<String, serde_json::Value>,
        status: Managedclientstatuscode,
        timestamp: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        Managedclientstatus {
            body,
            status: Some(status),
            r#type: None,
            timestamp: Some(timestamp),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Managedclientstatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Managedclientstatus {
    const NAME: &'static str = "Managedclientstatus";

    #[inline]
    fn empty() -> Self {
        Managedclientstatus {
            body: Default::default(),
            status: None,
            r#type: None,
            timestamp: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "body" => {
                self.body = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "status" => self.status = map.next_value()?,
            "type" => self.r#type = map.next_value()?,
            "timestamp" => {
                self.timestamp = map.next_value_seed(crate::datetime::Optional)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
