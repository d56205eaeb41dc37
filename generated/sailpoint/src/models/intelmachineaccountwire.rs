//! `Intelmachineaccountwire`, from `apis/intelligence/schemas/intelmachineaccountwire.yaml`.

use crate::models::{Intelmachineentityref, Intelmachinesourcewire};

/// Machine account row on the non-human identity aggregate accounts.items list. Every property in required is always present on the wire. Nullable object refs (source, machineIdentity, ownerIdentity) may be null. String fields may be empty when upstream has no value; booleans, timestamps, attributes, and connectorAttributes are always emitted (empty object when absent).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Intelmachineaccountwire {
    /// Unique account identifier in Identity Security Cloud.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// Account name on the correlated source.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// Native identifier on the source system.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "nativeIdentity")]
    pub native_identity: String,
    /// Source metadata for the machine account when present upstream.
    pub source: Option<Intelmachinesourcewire>,
    /// True when the account is enabled for use on the source.
    ///
    /// A server's absent or `null` member reads as `false`.
    pub enabled: bool,
    /// True when the account is locked on the source.
    ///
    /// A server's absent or `null` member reads as `false`.
    pub locked: bool,
    /// Reference to the parent machine identity when populated upstream.
    #[serde(rename = "machineIdentity")]
    pub machine_identity: Option<Intelmachineentityref>,
    /// Reference to the owning human identity when populated upstream.
    #[serde(rename = "ownerIdentity")]
    pub owner_identity: Option<Intelmachineentityref>,
    /// Free-text account description from the source.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub description: String,
    /// Account subtype label from upstream classification.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub subtype: String,
    /// Access type label for the account (for example account or entitlement).
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "accessType")]
    pub access_type: String,
    /// Environment label associated with the account.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub environment: String,
    /// Method used to classify the account as a machine account.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "classificationMethod")]
    pub classification_method: String,
    /// True when an administrator manually edited account attributes.
    ///
    /// A server's absent or `null` member reads as `false`.
    #[serde(rename = "manuallyEdited")]
    pub manually_edited: bool,
    /// True when an administrator manually correlated the account.
    ///
    /// A server's absent or `null` member reads as `false`.
    #[serde(rename = "manuallyCorrelated")]
    pub manually_correlated: bool,
    /// True when the account holds one or more entitlements.
    ///
    /// A server's absent or `null` member reads as `false`.
    #[serde(rename = "hasEntitlements")]
    pub has_entitlements: bool,
    /// Timestamp when the account record was created.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Timestamp when the account record was last modified.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Extended account attributes from the source connector.
    ///
    /// A server's absent or `null` member reads as an empty map.
    pub attributes: serde_json::Map<String, serde_json::Value>,
    /// Connector-specific attribute bag from upstream.
    ///
    /// A server's absent or `null` member reads as an empty map.
    #[serde(rename = "connectorAttributes")]
    pub connector_attributes: serde_json::Map<String, serde_json::Value>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Intelmachineaccountwire {
    /// Builds the value from its required fields; the optional ones start empty.
    #[allow(clippy::too_many_arguments)]
    #[inline]
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        native_identity: impl Into<String>,
        enabled: bool,
        locked: bool,
        description: impl Into<String>,
        subtype: impl Into<String>,
        access_type: impl Into<String>,
        environment: impl Into<String>,
        classification_method: impl Into<String>,
        manually_edited: bool,
        manually_correlated: bool,
        has_entitlements: bool,
        created: chrono::DateTime<chrono::Utc>,
        modified: chrono::DateTime<chrono::Utc>,
        attributes: serde_json::Map<String, serde_json::Value>,
        connector_attributes: serde_json::Map<String, serde_json::Value>,
    ) -> Self {
        Intelmachineaccountwire {
            id: id.into(),
            name: name.into(),
            native_identity: native_identity.into(),
            source: None,
            enabled,
            locked,
            machine_identity: None,
            owner_identity: None,
            description: description.into(),
            subtype: subtype.into(),
            access_type: access_type.into(),
            environment: environment.into(),
            classification_method: classification_method.into(),
            manually_edited,
            manually_correlated,
            has_entitlements,
            created: Some(created),
            modified: Some(modified),
            attributes,
            connector_attributes,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Intelmachineaccountwire {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Intelmachineaccountwire {
    const NAME: &'static str = "Intelmachineaccountwire";

    #[inline]
    fn empty() -> Self {
        Intelmachineaccountwire {
            id: Default::default(),
            name: Default::default(),
            native_identity: Default::default(),
            source: None,
            enabled: Default::default(),
            locked: Default::default(),
            machine_identity: None,
            owner_identity: None,
            description: Default::default(),
            subtype: Default::default(),
            access_type: Default::default(),
            environment: Default::default(),
            classification_method: Default::default(),
            manually_edited: Default::default(),
            manually_correlated: Default::default(),
            has_entitlements: Default::default(),
            created: None,
            modified: None,
            attributes: Default::default(),
            connector_attributes: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "id" => self.id = map.next_value_seed(crate::lenient::Text)?,
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "nativeIdentity" => {
                self.native_identity = map.next_value_seed(crate::lenient::Text)?;
            }
            "source" => self.source = map.next_value()?,
            "enabled" => self.enabled = map.next_value_seed(crate::lenient::Flag)?,
            "locked" => self.locked = map.next_value_seed(crate::lenient::Flag)?,
            "machineIdentity" => self.machine_identity = map.next_value()?,
            "ownerIdentity" => self.owner_identity = map.next_value()?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::Text)?;
            }
            "subtype" => self.subtype = map.next_value_seed(crate::lenient::Text)?,
            "accessType" => self.access_type = map.next_value_seed(crate::lenient::Text)?,
            "environment" => {
                self.environment = map.next_value_seed(crate::lenient::Text)?;
            }
            "classificationMethod" => {
                self.classification_method = map.next_value_seed(crate::lenient::Text)?;
            }
            "manuallyEdited" => {
                self.manually_edited = map.next_value_seed(crate::lenient::Flag)?;
            }
            "manuallyCorrelated" => {
                self.manually_correlated = map.next_value_seed(crate::lenient::Flag)?;
            }
            "hasEntitlements" => {
                self.has_entitlements = map.next_value_seed(crate::lenient::Flag)?;
            }
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "attributes" => {
                self.attributes = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "connectorAttributes" => {
                self.connector_attributes = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
