//! `Managedclienthealthindicators`, from `apis/managed-clients/schemas/managedclienthealthindicators.yaml`.

use crate::models::{
    ManagedclienthealthindicatorsBody, ManagedclienthealthindicatorsStatus,
    ManagedclienthealthindicatorsType,
};

/// Health Indicators for a Managed Client
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Managedclienthealthindicators {
    /// Health indicator details from the Managed Client
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<ManagedclienthealthindicatorsBody>,
    /// Top-level status of the Managed Client
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<ManagedclienthealthindicatorsStatus>,
    /// Type of the Managed Client
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<ManagedclienthealthindicatorsType>,
    /// Timestamp when this report was generated
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Managedclienthealthindicators {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        body: ManagedclienthealthindicatorsBody,
        status: ManagedclienthealthindicatorsStatus,
        r#type: ManagedclienthealthindicatorsType,
        timestamp: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        Managedclienthealthindicators {
            body: Some(body),
            status: Some(status),
            r#type: Some(r#type),
            timestamp: Some(timestamp),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Managedclienthealthindicators {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Managedclienthealthindicators {
    const NAME: &'static str = "Managedclienthealthindicators";

    #[inline]
    fn empty() -> Self {
        Managedclienthealthindicators {
            body: None,
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
            "body" => self.body = map.next_value()?,
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
