//! `Identity`, from `apis/identities/schemas/identity.yaml`.

use crate::models::{
    IdentityIdentityStatus, IdentityManagerRef, IdentityProcessingState,
    Lifecyclestatedto,
};

/// `Identity` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Identity {
    /// System-generated unique ID of the identity
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The identity's name is equivalent to its Display Name attribute.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// Creation date of the identity
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Last modification date of the identity
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// The identity's alternate unique identifier is equivalent to its Account Name on the authoritative source account schema.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
    /// The email address of the identity
    #[serde(rename = "emailAddress", skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    /// The processing state of the identity
    #[serde(rename = "processingState", skip_serializing_if = "Option::is_none")]
    pub processing_state: Option<IdentityProcessingState>,
    /// The identity's status in the system
    #[serde(rename = "identityStatus", skip_serializing_if = "Option::is_none")]
    pub identity_status: Option<IdentityIdentityStatus>,
    /// Identity's manager
    #[serde(rename = "managerRef", skip_serializing_if = "Option::is_none")]
    pub manager_ref: Option<IdentityManagerRef>,
    /// Whether this identity is a manager of another identity
    #[serde(rename = "isManager", skip_serializing_if = "Option::is_none")]
    pub is_manager: Option<bool>,
    /// The last time the identity was refreshed by the system
    #[serde(rename = "lastRefresh", skip_serializing_if = "Option::is_none")]
    pub last_refresh: Option<chrono::DateTime<chrono::Utc>>,
    /// A map with the identity attributes for the identity
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(rename = "lifecycleState", skip_serializing_if = "Option::is_none")]
    pub lifecycle_state: Option<Lifecyclestatedto>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Identity {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(name: impl Into<String>) -> Self {
        Identity {
            id: None,
            name: name.into(),
            created: None,
            modified: None,
            alias: None,
            email_address: None,
            processing_state: None,
            identity_status: None,
            manager_ref: None,
            is_manager: None,
            last_refresh: None,
            attributes: None,
            lifecycle_state: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Identity {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Identity {
    const NAME: &'static str = "Identity";

    #[inline]
    fn empty() -> Self {
        Identity {
            id: None,
            name: Default::default(),
            created: None,
            modified: None,
            alias: None,
            email_address: None,
            processing_state: None,
            identity_status: None,
            manager_ref: None,
            is_manager: None,
            last_refresh: None,
            attributes: None,
            lifecycle_state: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "alias" => self.alias = map.next_value_seed(crate::lenient::TextOption)?,
            "emailAddress" => {
                self.email_address = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "processingState" => self.processing_state = map.next_value()?,
            "identityStatus" => self.identity_status = map.next_value()?,
            "managerRef" => self.manager_ref = map.next_value()?,
            "isManager" => {
                self.is_manager = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "lastRefresh" => {
                self.last_refresh = map.next_value_seed(crate::datetime::Optional)?;
            }
            "attributes" => self.attributes = map.next_value()?,
            "lifecycleState" => self.lifecycle_state = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
