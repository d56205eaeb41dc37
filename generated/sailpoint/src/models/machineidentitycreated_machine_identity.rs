//! `MachineidentitycreatedMachineIdentity`, from `apis/triggers/schemas/machineidentitycreated.yaml#/properties/machineIdentity`.

use crate::models::{
    MachineidentitycreatedMachineIdentitySubtype, Machineidentityownerreference,
    Machineidentitysourcereference, Machineidentityuserentitlements,
};

/// Details of the created machine identity.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct MachineidentitycreatedMachineIdentity {
    /// Unique identifier for the machine identity.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// Name of the machine identity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Creation timestamp.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Last modified timestamp.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Associated business application.
    #[serde(rename = "businessApplication", skip_serializing_if = "Option::is_none")]
    pub business_application: Option<String>,
    /// Description of the machine identity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The attributes assigned to the identity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// Subtype of the machine identity.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subtype: Option<MachineidentitycreatedMachineIdentitySubtype>,
    /// List of owners.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owners: Option<Vec<Machineidentityownerreference>>,
    /// Source identifier.
    #[serde(rename = "sourceId", skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// UUID of the machine identity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// Native identity value.
    #[serde(rename = "nativeIdentity", skip_serializing_if = "Option::is_none")]
    pub native_identity: Option<String>,
    /// Indicates if manually edited.
    ///
    /// A server's absent or `null` member reads as `false`.
    #[serde(rename = "manuallyEdited")]
    pub manually_edited: bool,
    /// Indicates if manually created.
    #[serde(rename = "manuallyCreated", skip_serializing_if = "Option::is_none")]
    pub manually_created: Option<bool>,
    /// Dataset identifier.
    #[serde(rename = "datasetId", skip_serializing_if = "Option::is_none")]
    pub dataset_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Machineidentitysourcereference>,
    /// List of user entitlements.
    #[serde(rename = "userEntitlements", skip_serializing_if = "Option::is_none")]
    pub user_entitlements: Option<Vec<Machineidentityuserentitlements>>,
    /// Existence status on source.
    #[serde(rename = "existsOnSource", skip_serializing_if = "Option::is_none")]
    pub exists_on_source: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl MachineidentitycreatedMachineIdentity {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        created: chrono::DateTime<chrono::Utc>,
        modified: chrono::DateTime<chrono::Utc>,
        subtype: MachineidentitycreatedMachineIdentitySubtype,
        manually_edited: bool,
    ) -> Self {
        MachineidentitycreatedMachineIdentity {
            id: id.into(),
            name: None,
            created: Some(created),
            modified: Some(modified),
            business_application: None,
            description: None,
            attributes: None,
            subtype: Some(subtype),
            owners: None,
            source_id: None,
            uuid: None,
            native_identity: None,
            manually_edited,
            manually_created: None,
            dataset_id: None,
            source: None,
            user_entitlements: None,
            exists_on_source: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for MachineidentitycreatedMachineIdentity {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for MachineidentitycreatedMachineIdentity {
    const NAME: &'static str = "MachineidentitycreatedMachineIdentity";

    #[inline]
    fn empty() -> Self {
        MachineidentitycreatedMachineIdentity {
            id: Default::default(),
            name: None,
            created: None,
            modified: None,
            business_application: None,
            description: None,
            attributes: None,
            subtype: None,
            owners: None,
            source_id: None,
            uuid: None,
            native_identity: None,
            manually_edited: Default::default(),
            manually_created: None,
            dataset_id: None,
            source: None,
            user_entitlements: None,
            exists_on_source: None,
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
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "businessApplication" => {
                self.business_application = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "attributes" => self.attributes = map.next_value()?,
            "subtype" => self.subtype = map.next_value()?,
            "owners" => self.owners = map.next_value()?,
            "sourceId" => {
                self.source_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "uuid" => self.uuid = map.next_value_seed(crate::lenient::TextOption)?,
            "nativeIdentity" => {
                self.native_identity = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "manuallyEdited" => {
                self.manually_edited = map.next_value_seed(crate::lenient::Flag)?;
            }
            "manuallyCreated" => {
                self.manually_created = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "datasetId" => {
                self.dataset_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "source" => self.source = map.next_value()?,
            "userEntitlements" => self.user_entitlements = map.next_value()?,
            "existsOnSource" => {
                self.exists_on_source = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
