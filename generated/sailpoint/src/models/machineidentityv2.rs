//! `Machineidentityv2`, from `apis/machine-identities/schemas/machineidentityv2.yaml`.

use crate::models::{
    Basereferencedto, Businessapplicationref, MachineIdentitiesSanctionedstatus,
    Machineidentityownersv2, Machineidentityv2Risk, Resourcev2, Userentitlementv2,
};

/// `Machineidentityv2` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Machineidentityv2 {
    /// System-generated unique ID of the Object
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the Object
    pub name: Option<String>,
    /// Creation date of the Object
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Last modification date of the Object
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Description of the machine identity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// A map of custom machine identity attributes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// A map of attributes sourced from the connector during aggregation.
    #[serde(rename = "connectorAttributes", skip_serializing_if = "Option::is_none")]
    pub connector_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// Indicates if the machine identity has been manually edited.
    #[serde(rename = "manuallyEdited", skip_serializing_if = "Option::is_none")]
    pub manually_edited: Option<bool>,
    /// Indicates if the machine identity has been manually created.
    #[serde(rename = "manuallyCreated", skip_serializing_if = "Option::is_none")]
    pub manually_created: Option<bool>,
    /// The owner configuration associated to the machine identity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owners: Option<Machineidentityownersv2>,
    /// The subtype value associated to the machine identity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subtype: Option<String>,
    /// The source id associated to the machine identity.
    #[serde(rename = "sourceId", skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// The UUID associated to the machine identity directly aggregated from a source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// The native identity associated to the machine identity directly aggregated from a source.
    #[serde(rename = "nativeIdentity", skip_serializing_if = "Option::is_none")]
    pub native_identity: Option<String>,
    /// The dataset id associated to the source from which the identity was retrieved.
    #[serde(rename = "datasetId", skip_serializing_if = "Option::is_none")]
    pub dataset_id: Option<String>,
    /// The environment the machine identity belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub environment: Option<String>,
    /// Indicates whether the machine identity still exists on the source.
    #[serde(rename = "existsOnSource", skip_serializing_if = "Option::is_none")]
    pub exists_on_source: Option<String>,
    /// Operational status read from stored attributes.status; null when absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The source resource this machine identity is derived from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource: Option<Resourcev2>,
    /// The source of the machine identity.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Basereferencedto>,
    /// The user entitlements associated to the machine identity.
    #[serde(rename = "userEntitlements", skip_serializing_if = "Option::is_none")]
    pub user_entitlements: Option<Vec<Userentitlementv2>>,
    /// Optional Business Application references associated with this machine identity.
    /// Available when Business Applications is enabled for the tenant.
    /// On create and patch, at most one reference is allowed and is persisted as a `MANUAL` correlation.
    /// When Business Applications is not enabled, this field is null on responses and is rejected (`400`) if supplied on write.
    #[serde(rename = "businessApplicationRefs", skip_serializing_if = "Option::is_none")]
    pub business_application_refs: Option<Vec<Businessapplicationref>>,
    /// Derived sanctioned status from linked Business Applications; `UNKNOWN` when no refs are present.
    /// Available when Business Applications is enabled for the tenant; null when it is not enabled.
    /// Read-only on create and patch input.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        rename = "effectiveSanctionedStatus",
        skip_serializing_if = "Option::is_none"
    )]
    pub effective_sanctioned_status: Option<MachineIdentitiesSanctionedstatus>,
    /// Risk data for the machine identity; null when no risk data has landed yet.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub risk: Option<Machineidentityv2Risk>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Machineidentityv2 {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Machineidentityv2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Machineidentityv2 {
    const NAME: &'static str = "Machineidentityv2";

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
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "attributes" => self.attributes = map.next_value()?,
            "connectorAttributes" => self.connector_attributes = map.next_value()?,
            "manuallyEdited" => {
                self.manually_edited = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "manuallyCreated" => {
                self.manually_created = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "owners" => self.owners = map.next_value()?,
            "subtype" => self.subtype = map.next_value_seed(crate::lenient::TextOption)?,
            "sourceId" => {
                self.source_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "uuid" => self.uuid = map.next_value_seed(crate::lenient::TextOption)?,
            "nativeIdentity" => {
                self.native_identity = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "datasetId" => {
                self.dataset_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "environment" => {
                self.environment = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "existsOnSource" => {
                self.exists_on_source = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "status" => self.status = map.next_value_seed(crate::lenient::TextOption)?,
            "resource" => self.resource = map.next_value()?,
            "source" => self.source = map.next_value()?,
            "userEntitlements" => self.user_entitlements = map.next_value()?,
            "businessApplicationRefs" => {
                self.business_application_refs = map.next_value()?;
            }
            "effectiveSanctionedStatus" => {
                self.effective_sanctioned_status = map.next_value()?;
            }
            "risk" => self.risk = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
