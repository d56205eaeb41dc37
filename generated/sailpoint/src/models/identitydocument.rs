//! `Identitydocument`, from `apis/search/schemas/identitydocument.yaml`.

use crate::models::{
    App, Baseaccount, Identityaccess, IdentitydocumentIdentityProfile,
    IdentitydocumentManager, IdentitydocumentSource, Owns, Processingdetails, Tags,
};

/// Identity
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Identitydocument {
    /// The unique ID of the referenced object.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// The human readable name of the referenced object.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// Identity's display name.
    #[serde(rename = "displayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Identity's first name.
    #[serde(rename = "firstName", skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// Identity's last name.
    #[serde(rename = "lastName", skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// Identity's primary email address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// ISO-8601 date-time referring to the time when the object was created.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// ISO-8601 date-time referring to the time when the object was last modified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Identity's phone number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// ISO-8601 date-time referring to the date-time when object was queued to be synced into search database for use in the search API.
    /// This date-time changes anytime there is an update to the object, which triggers a synchronization event being sent to the search database.
    /// There may be some delay between the `synced` time and the time when the updated data is actually available in the search API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub synced: Option<String>,
    /// Indicates whether the identity is inactive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inactive: Option<bool>,
    /// Indicates whether the identity is protected.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub protected: Option<bool>,
    /// Identity's status in SailPoint.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Identity's employee number.
    #[serde(rename = "employeeNumber", skip_serializing_if = "Option::is_none")]
    pub employee_number: Option<String>,
    /// Identity's manager.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub manager: Option<IdentitydocumentManager>,
    /// Indicates whether the identity is a manager of other identities.
    #[serde(rename = "isManager", skip_serializing_if = "Option::is_none")]
    pub is_manager: Option<bool>,
    /// Identity's identity profile.
    #[serde(rename = "identityProfile", skip_serializing_if = "Option::is_none")]
    pub identity_profile: Option<IdentitydocumentIdentityProfile>,
    /// Identity's source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<IdentitydocumentSource>,
    /// Map or dictionary of key/value pairs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// Indicates whether the identity is disabled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disabled: Option<bool>,
    /// Indicates whether the identity is locked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locked: Option<bool>,
    /// Identity's processing state.
    #[serde(rename = "processingState", skip_serializing_if = "Option::is_none")]
    pub processing_state: Option<String>,
    /// Identity's processing details.
    #[serde(rename = "processingDetails", skip_serializing_if = "Option::is_none")]
    pub processing_details: Option<Processingdetails>,
    /// List of accounts associated with the identity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accounts: Option<Vec<Baseaccount>>,
    /// Number of accounts associated with the identity.
    #[serde(rename = "accountCount", skip_serializing_if = "Option::is_none")]
    pub account_count: Option<i32>,
    /// List of applications the identity has access to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub apps: Option<Vec<App>>,
    /// Number of applications the identity has access to.
    #[serde(rename = "appCount", skip_serializing_if = "Option::is_none")]
    pub app_count: Option<i32>,
    /// List of access items assigned to the identity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access: Option<Vec<Identityaccess>>,
    /// Number of access items assigned to the identity.
    #[serde(rename = "accessCount", skip_serializing_if = "Option::is_none")]
    pub access_count: Option<i32>,
    /// Number of entitlements assigned to the identity.
    #[serde(rename = "entitlementCount", skip_serializing_if = "Option::is_none")]
    pub entitlement_count: Option<i32>,
    /// Number of roles assigned to the identity.
    #[serde(rename = "roleCount", skip_serializing_if = "Option::is_none")]
    pub role_count: Option<i32>,
    /// Number of access profiles assigned to the identity.
    #[serde(rename = "accessProfileCount", skip_serializing_if = "Option::is_none")]
    pub access_profile_count: Option<i32>,
    /// Access items the identity owns.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owns: Option<Vec<Owns>>,
    /// Number of access items the identity owns.
    #[serde(rename = "ownsCount", skip_serializing_if = "Option::is_none")]
    pub owns_count: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Tags>,
    /// Number of tags on the identity.
    #[serde(rename = "tagsCount", skip_serializing_if = "Option::is_none")]
    pub tags_count: Option<i32>,
    /// List of segments that the identity is in.
    #[serde(rename = "visibleSegments", skip_serializing_if = "Option::is_none")]
    pub visible_segments: Option<Vec<String>>,
    /// Number of segments the identity is in.
    #[serde(rename = "visibleSegmentCount", skip_serializing_if = "Option::is_none")]
    pub visible_segment_count: Option<i32>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Identitydocument {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(id: impl Into<String>, name: impl Into<String>) -> Self {
        Identitydocument {
            id: id.into(),
            name: name.into(),
            display_name: None,
            first_name: None,
            last_name: None,
            email: None,
            created: None,
            modified: None,
            phone: None,
            synced: None,
            inactive: None,
            protected: None,
            status: None,
            employee_number: None,
            manager: None,
            is_manager: None,
            identity_profile: None,
            source: None,
            attributes: None,
            disabled: None,
            locked: None,
            processing_state: None,
            processing_details: None,
            accounts: None,
            account_count: None,
            apps: None,
            app_count: None,
            access: None,
            access_count: None,
            entitlement_count: None,
            role_count: None,
            access_profile_count: None,
            owns: None,
            owns_count: None,
            tags: None,
            tags_count: None,
            visible_segments: None,
            visible_segment_count: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Identitydocument {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Identitydocument {
    const NAME: &'static str = "Identitydocument";

    #[inline]
    fn empty() -> Self {
        Identitydocument {
            id: Default::default(),
            name: Default::default(),
            display_name: None,
            first_name: None,
            last_name: None,
            email: None,
            created: None,
            modified: None,
            phone: None,
            synced: None,
            inactive: None,
            protected: None,
            status: None,
            employee_number: None,
            manager: None,
            is_manager: None,
            identity_profile: None,
            source: None,
            attributes: None,
            disabled: None,
            locked: None,
            processing_state: None,
            processing_details: None,
            accounts: None,
            account_count: None,
            apps: None,
            app_count: None,
            access: None,
            access_count: None,
            entitlement_count: None,
            role_count: None,
            access_profile_count: None,
            owns: None,
            owns_count: None,
            tags: None,
            tags_count: None,
            visible_segments: None,
            visible_segment_count: None,
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
            "displayName" => {
                self.display_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "firstName" => {
                self.first_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "lastName" => {
                self.last_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "email" => self.email = map.next_value_seed(crate::lenient::TextOption)?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "phone" => self.phone = map.next_value_seed(crate::lenient::TextOption)?,
            "synced" => self.synced = map.next_value_seed(crate::lenient::TextOption)?,
            "inactive" => {
                self.inactive = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "protected" => {
                self.protected = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "status" => self.status = map.next_value_seed(crate::lenient::TextOption)?,
            "employeeNumber" => {
                self.employee_number = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "manager" => self.manager = map.next_value()?,
            "isManager" => {
                self.is_manager = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "identityProfile" => self.identity_profile = map.next_value()?,
            "source" => self.source = map.next_value()?,
            "attributes" => self.attributes = map.next_value()?,
            "disabled" => {
                self.disabled = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "locked" => self.locked = map.next_value_seed(crate::lenient::FlagOption)?,
            "processingState" => {
                self.processing_state = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "processingDetails" => self.processing_details = map.next_value()?,
            "accounts" => self.accounts = map.next_value()?,
            "accountCount" => self.account_count = map.next_value()?,
            "apps" => self.apps = map.next_value()?,
            "appCount" => self.app_count = map.next_value()?,
            "access" => self.access = map.next_value()?,
            "accessCount" => self.access_count = map.next_value()?,
            "entitlementCount" => self.entitlement_count = map.next_value()?,
            "roleCount" => self.role_count = map.next_value()?,
            "accessProfileCount" => self.access_profile_count = map.next_value()?,
            "owns" => self.owns = map.next_value()?,
            "ownsCount" => self.owns_count = map.next_value()?,
            "tags" => self.tags = map.next_value()?,
            "tagsCount" => self.tags_count = map.next_value()?,
            "visibleSegments" => self.visible_segments = map.next_value()?,
            "visibleSegmentCount" => self.visible_segment_count = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
