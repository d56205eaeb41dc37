//! `Intelidentitymachineaggregate`, from `apis/intelligence/schemas/intelidentitymachineaggregate.yaml`.

use crate::models::{
    Intelidentitygraphlink, IntelidentitymachineaggregateMatchConfidence,
    IntelidentitymachineaggregateType, Intelmachineaccountsslice, Intelmachinederived,
    Intelmachineidentityowners, Intelmachinesourcewire, Intelmachineuserentitlement,
};

/// Non-human identity response (type NHI). Machine identity fields are hoisted to the top level
/// (no machine wrapper). Omits human-only fields and slices (email, alias, privilegedAccess, outliers,
/// accessHistory). Top-level sourceId is omitted; use source.id when present. matchConfidence is
/// present for opaque prefix resolution (exact or partial); omitted for direct id eq and exact opaque
/// matches. The identityGraph deep link is omitted when the tenant lacks the idg:base license.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Intelidentitymachineaggregate {
    /// Identity Security Cloud identifier for this non-human identity.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// Identity type for the matched record.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<IntelidentitymachineaggregateType>,
    /// Preferred display name for the non-human identity.
    #[serde(rename = "displayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Optional description from upstream when present.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Sub-classification label for that NHI.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subtype: Option<String>,
    /// Timestamp when the identity record was created in Identity Security Cloud.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Timestamp when the identity record was last modified in Identity Security Cloud.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Match quality for opaque prefix resolution; omitted for direct id eq and exact opaque matches.
    #[serde(rename = "matchConfidence", skip_serializing_if = "Option::is_none")]
    pub match_confidence: Option<IntelidentitymachineaggregateMatchConfidence>,
    /// Omitted when the tenant lacks the idg:base license.
    #[serde(rename = "identityGraph", skip_serializing_if = "Option::is_none")]
    pub identity_graph: Option<Intelidentitygraphlink>,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accounts: Option<Intelmachineaccountsslice>,
    /// Native identifier on the source system.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "nativeIdentity")]
    pub native_identity: String,
    /// Dataset identifier from upstream machine-identity services when present.
    #[serde(rename = "datasetId", skip_serializing_if = "Option::is_none")]
    pub dataset_id: Option<String>,
    /// Source metadata for the machine identity when present upstream.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Intelmachinesourcewire>,
    /// Upstream existsOnSource value. Wire uses uppercase strings such as TRUE or FALSE.
    #[serde(rename = "existsOnSource", skip_serializing_if = "Option::is_none")]
    pub exists_on_source: Option<String>,
    /// True when an administrator manually edited machine identity attributes.
    #[serde(rename = "manuallyEdited", skip_serializing_if = "Option::is_none")]
    pub manually_edited: Option<bool>,
    /// True when the machine identity was created manually in Identity Security Cloud.
    #[serde(rename = "manuallyCreated", skip_serializing_if = "Option::is_none")]
    pub manually_created: Option<bool>,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owners: Option<Intelmachineidentityowners>,
    /// Entitlements associated with the machine identity from upstream.
    #[serde(rename = "userEntitlements", skip_serializing_if = "Option::is_none")]
    pub user_entitlements: Option<Vec<Intelmachineuserentitlement>>,
    /// Connector or runtime metadata; empty object when absent upstream.
    ///
    /// A server's absent or `null` member reads as an empty map.
    pub attributes: serde_json::Map<String, serde_json::Value>,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub derived: Option<Intelmachinederived>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Intelidentitymachineaggregate {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        r#type: IntelidentitymachineaggregateType,
        accounts: Intelmachineaccountsslice,
        native_identity: impl Into<String>,
        owners: Intelmachineidentityowners,
        attributes: serde_json::Map<String, serde_json::Value>,
        derived: Intelmachinederived,
    ) -> Self {
        Intelidentitymachineaggregate {
            id: id.into(),
            r#type: Some(r#type),
            display_name: None,
            description: None,
            subtype: None,
            created: None,
            modified: None,
            match_confidence: None,
            identity_graph: None,
            accounts: Some(accounts),
            native_identity: native_identity.into(),
            dataset_id: None,
            source: None,
            exists_on_source: None,
            manually_edited: None,
            manually_created: None,
            owners: Some(owners),
            user_entitlements: None,
            attributes,
            derived: Some(derived),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Intelidentitymachineaggregate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Intelidentitymachineaggregate {
    const NAME: &'static str = "Intelidentitymachineaggregate";

    #[inline]
    fn empty() -> Self {
        Intelidentitymachineaggregate {
            id: Default::default(),
            r#type: None,
            display_name: None,
            description: None,
            subtype: None,
            created: None,
            modified: None,
            match_confidence: None,
            identity_graph: None,
            accounts: None,
            native_identity: Default::default(),
            dataset_id: None,
            source: None,
            exists_on_source: None,
            manually_edited: None,
            manually_created: None,
            owners: None,
            user_entitlements: None,
            attributes: Default::default(),
            derived: None,
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
            "type" => self.r#type = map.next_value()?,
            "displayName" => {
                self.display_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "subtype" => self.subtype = map.next_value_seed(crate::lenient::TextOption)?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "matchConfidence" => self.match_confidence = map.next_value()?,
            "identityGraph" => self.identity_graph = map.next_value()?,
            "accounts" => self.accounts = map.next_value()?,
            "nativeIdentity" => {
                self.native_identity = map.next_value_seed(crate::lenient::Text)?;
            }
            "datasetId" => {
                self.dataset_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "source" => self.source = map.next_value()?,
            "existsOnSource" => {
                self.exists_on_source = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "manuallyEdited" => {
                self.manually_edited = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "manuallyCreated" => {
                self.manually_created = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "owners" => self.owners = map.next_value()?,
            "userEntitlements" => self.user_entitlements = map.next_value()?,
            "attributes" => {
                self.attributes = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "derived" => self.derived = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
