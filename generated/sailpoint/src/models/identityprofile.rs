//! `Identityprofile`, from `apis/identity-profiles/schemas/identityprofile.yaml`.

use crate::models::{
    Identityattributeconfig, Identityexceptionreportreference,
    IdentityprofileAuthoritativeSource, IdentityprofileOwner,
};

/// `Identityprofile` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Identityprofile {
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
    /// Identity profile's description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Identity profile's owner.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<IdentityprofileOwner>,
    /// Identity profile's priority.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub priority: Option<i64>,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "authoritativeSource", skip_serializing_if = "Option::is_none")]
    pub authoritative_source: Option<IdentityprofileAuthoritativeSource>,
    /// Set this value to 'True' if an identity refresh is necessary. You would typically want to trigger an identity refresh when a change has been made on the source.
    #[serde(rename = "identityRefreshRequired", skip_serializing_if = "Option::is_none")]
    pub identity_refresh_required: Option<bool>,
    /// Number of identities belonging to the identity profile.
    #[serde(rename = "identityCount", skip_serializing_if = "Option::is_none")]
    pub identity_count: Option<i32>,
    #[serde(rename = "identityAttributeConfig", skip_serializing_if = "Option::is_none")]
    pub identity_attribute_config: Option<Identityattributeconfig>,
    #[serde(
        rename = "identityExceptionReportReference",
        skip_serializing_if = "Option::is_none"
    )]
    pub identity_exception_report_reference: Option<Identityexceptionreportreference>,
    /// Indicates the value of `requiresPeriodicRefresh` attribute for the identity profile.
    #[serde(rename = "hasTimeBasedAttr", skip_serializing_if = "Option::is_none")]
    pub has_time_based_attr: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Identityprofile {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(authoritative_source: IdentityprofileAuthoritativeSource) -> Self {
        Identityprofile {
            id: None,
            name: None,
            created: None,
            modified: None,
            description: None,
            owner: None,
            priority: None,
            authoritative_source: Some(authoritative_source),
            identity_refresh_required: None,
            identity_count: None,
            identity_attribute_config: None,
            identity_exception_report_reference: None,
            has_time_based_attr: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Identityprofile {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Identityprofile {
    const NAME: &'static str = "Identityprofile";

    #[inline]
    fn empty() -> Self {
        Identityprofile {
            id: None,
            name: None,
            created: None,
            modified: None,
            description: None,
            owner: None,
            priority: None,
            authoritative_source: None,
            identity_refresh_required: None,
            identity_count: None,
            identity_attribute_config: None,
            identity_exception_report_reference: None,
            has_time_based_attr: None,
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
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "owner" => self.owner = map.next_value()?,
            "priority" => self.priority = map.next_value()?,
            "authoritativeSource" => self.authoritative_source = map.next_value()?,
            "identityRefreshRequired" => {
                self.identity_refresh_required = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "identityCount" => self.identity_count = map.next_value()?,
            "identityAttributeConfig" => {
                self.identity_attribute_config = map.next_value()?;
            }
            "identityExceptionReportReference" => {
                self.identity_exception_report_reference = map.next_value()?;
            }
            "hasTimeBasedAttr" => {
                self.has_time_based_attr = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
