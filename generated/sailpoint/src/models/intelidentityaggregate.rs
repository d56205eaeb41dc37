//! `Intelidentityaggregate`, from `apis/intelligence/schemas/intelidentityaggregate.yaml`.

use crate::models::{
    IntelNonHumanIdentityOwnership, Intelaccesshistory, Intelaccountsslice,
    IntelidentityaggregateSubtype, IntelidentityaggregateType, Intelidentitygraphlink,
    Inteloutliersslice, Intelprivilegedaccessslice,
};

/// Human identity response (type Human). Identity attributes are hoisted to the top level.
/// The accounts, privilegedAccess, and accessHistory slices are always present (empty slices use items \[\]).
/// The outliers slice is omitted when the tenant lacks the IDA-outliers license.
/// The identityGraph deep link is omitted when the tenant lacks the idg:base license.
/// The nonHumanIdentityOwnership slice is omitted when the tenant lacks idn:machine-identity-security.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Intelidentityaggregate {
    /// Identity Security Cloud identifier for this identity.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// Identity type for the matched record.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<IntelidentityaggregateType>,
    /// Preferred display name for the identity across administrative experiences.
    #[serde(rename = "displayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Optional free-text description assigned to the identity profile when present.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// NERM classification for the identity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subtype: Option<IntelidentityaggregateSubtype>,
    /// Arbitrary SCIM-style attribute bag returned for the identity context view.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// Timestamp when the identity record was created in Identity Security Cloud.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Timestamp when the identity record was last modified in Identity Security Cloud.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Primary login or account alias for the identity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
    /// Primary business email address for the identity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Current identity lifecycle status label from Identity Security Cloud.
    #[serde(rename = "identityStatus", skip_serializing_if = "Option::is_none")]
    pub identity_status: Option<String>,
    /// True when the identity is flagged as a people manager in the organization.
    #[serde(rename = "isManager", skip_serializing_if = "Option::is_none")]
    pub is_manager: Option<bool>,
    /// Omitted when the tenant lacks the idg:base license.
    #[serde(rename = "identityGraph", skip_serializing_if = "Option::is_none")]
    pub identity_graph: Option<Intelidentitygraphlink>,
    /// Omitted when the tenant lacks `idn:machine-identity-security`. When present, both `agents`
    /// and `applications` always render.
    #[serde(
        rename = "nonHumanIdentityOwnership",
        skip_serializing_if = "Option::is_none"
    )]
    pub non_human_identity_ownership: Option<IntelNonHumanIdentityOwnership>,
    /// First page of accounts for the identity.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accounts: Option<Intelaccountsslice>,
    /// Full privileged access result for the identity.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "privilegedAccess", skip_serializing_if = "Option::is_none")]
    pub privileged_access: Option<Intelprivilegedaccessslice>,
    /// Rare access slice; omitted when the tenant lacks the IDA-outliers license.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outliers: Option<Inteloutliersslice>,
    /// Access-history split into access items and certifications sub-slices.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "accessHistory", skip_serializing_if = "Option::is_none")]
    pub access_history: Option<Intelaccesshistory>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Intelidentityaggregate {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        r#type: IntelidentityaggregateType,
        accounts: Intelaccountsslice,
        privileged_access: Intelprivilegedaccessslice,
        access_history: Intelaccesshistory,
    ) -> Self {
        Intelidentityaggregate {
            id: id.into(),
            r#type: Some(r#type),
            display_name: None,
            description: None,
            subtype: None,
            attributes: None,
            created: None,
            modified: None,
            alias: None,
            email: None,
            identity_status: None,
            is_manager: None,
            identity_graph: None,
            non_human_identity_ownership: None,
            accounts: Some(accounts),
            privileged_access: Some(privileged_access),
            outliers: None,
            access_history: Some(access_history),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Intelidentityaggregate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Intelidentityaggregate {
    const NAME: &'static str = "Intelidentityaggregate";

    #[inline]
    fn empty() -> Self {
        Intelidentityaggregate {
            id: Default::default(),
            r#type: None,
            display_name: None,
            description: None,
            subtype: None,
            attributes: None,
            created: None,
            modified: None,
            alias: None,
            email: None,
            identity_status: None,
            is_manager: None,
            identity_graph: None,
            non_human_identity_ownership: None,
            accounts: None,
            privileged_access: None,
            outliers: None,
            access_history: None,
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
            "subtype" => self.subtype = map.next_value()?,
            "attributes" => self.attributes = map.next_value()?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "alias" => self.alias = map.next_value_seed(crate::lenient::TextOption)?,
            "email" => self.email = map.next_value_seed(crate::lenient::TextOption)?,
            "identityStatus" => {
                self.identity_status = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "isManager" => {
                self.is_manager = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "identityGraph" => self.identity_graph = map.next_value()?,
            "nonHumanIdentityOwnership" => {
                self.non_human_identity_ownership = map.next_value()?;
            }
            "accounts" => self.accounts = map.next_value()?,
            "privilegedAccess" => self.privileged_access = map.next_value()?,
            "outliers" => self.outliers = map.next_value()?,
            "accessHistory" => self.access_history = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
