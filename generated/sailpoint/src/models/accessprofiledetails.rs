//! `Accessprofiledetails`, from `apis/apps/schemas/accessprofiledetails.yaml`.

use crate::models::AccessprofiledetailsAccountSelector;

/// `Accessprofiledetails` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accessprofiledetails {
    /// The ID of the Access Profile
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the Access Profile
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Information about the Access Profile
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Date the Access Profile was created
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Date the Access Profile was last modified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Whether the Access Profile is enabled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disabled: Option<bool>,
    /// Whether the Access Profile is requestable via access request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requestable: Option<bool>,
    /// Whether the Access Profile is protected.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub protected: Option<bool>,
    /// The owner ID of the Access Profile
    #[serde(rename = "ownerId", skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
    /// The source ID of the Access Profile
    #[serde(rename = "sourceId", skip_serializing_if = "Option::is_none")]
    pub source_id: Option<i64>,
    /// The source name of the Access Profile
    #[serde(rename = "sourceName", skip_serializing_if = "Option::is_none")]
    pub source_name: Option<String>,
    /// The source app ID of the Access Profile
    #[serde(rename = "appId", skip_serializing_if = "Option::is_none")]
    pub app_id: Option<i64>,
    /// The source app name of the Access Profile
    #[serde(rename = "appName", skip_serializing_if = "Option::is_none")]
    pub app_name: Option<String>,
    /// The id of the application
    #[serde(rename = "applicationId", skip_serializing_if = "Option::is_none")]
    pub application_id: Option<String>,
    /// The type of the access profile
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// List of IDs of entitlements
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entitlements: Option<Vec<String>>,
    /// The number of entitlements in the access profile
    #[serde(rename = "entitlementCount", skip_serializing_if = "Option::is_none")]
    pub entitlement_count: Option<i32>,
    /// List of IDs of segments, if any, to which this Access Profile is assigned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub segments: Option<Vec<String>>,
    /// Comma-separated list of approval schemes. Each approval scheme is one of -
    /// manager - appOwner - sourceOwner - accessProfileOwner - workgroup:&lt;workgroupId&gt;
    #[serde(rename = "approvalSchemes", skip_serializing_if = "Option::is_none")]
    pub approval_schemes: Option<String>,
    /// Comma-separated list of revoke request approval schemes. Each approval
    /// scheme is one of - manager - sourceOwner - accessProfileOwner - workgroup:&lt;workgroupId&gt;
    #[serde(
        rename = "revokeRequestApprovalSchemes",
        skip_serializing_if = "Option::is_none"
    )]
    pub revoke_request_approval_schemes: Option<String>,
    /// Whether the access profile require request comment for access request.
    #[serde(rename = "requestCommentsRequired", skip_serializing_if = "Option::is_none")]
    pub request_comments_required: Option<bool>,
    /// Whether denied comment is required when access request is denied.
    #[serde(rename = "deniedCommentsRequired", skip_serializing_if = "Option::is_none")]
    pub denied_comments_required: Option<bool>,
    /// How to select account when there are multiple accounts for the user
    #[serde(rename = "accountSelector", skip_serializing_if = "Option::is_none")]
    pub account_selector: Option<AccessprofiledetailsAccountSelector>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accessprofiledetails {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Accessprofiledetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accessprofiledetails {
    const NAME: &'static str = "Accessprofiledetails";

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
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "disabled" => {
                self.disabled = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "requestable" => {
                self.requestable = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "protected" => {
                self.protected = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "ownerId" => self.owner_id = map.next_value_seed(crate::lenient::TextOption)?,
            "sourceId" => self.source_id = map.next_value()?,
            "sourceName" => {
                self.source_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "appId" => self.app_id = map.next_value()?,
            "appName" => self.app_name = map.next_value_seed(crate::lenient::TextOption)?,
            "applicationId" => {
                self.application_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "type" => self.r#type = map.next_value_seed(crate::lenient::TextOption)?,
            "entitlements" => self.entitlements = map.next_value()?,
            "entitlementCount" => self.entitlement_count = map.next_value()?,
            "segments" => self.segments = map.next_value()?,
            "approvalSchemes" => {
                self.approval_schemes = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "revokeRequestApprovalSchemes" => {
                self.revoke_request_approval_schemes = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "requestCommentsRequired" => {
                self.request_comments_required = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "deniedCommentsRequired" => {
                self.denied_comments_required = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "accountSelector" => self.account_selector = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
