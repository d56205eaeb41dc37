//! `Entitlementaccessrequestconfig`, from `apis/shared/schemas/entitlementaccessrequestconfig.yaml`.

use crate::models::{
    EntitlementaccessrequestconfigMaxPermittedAccessDuration, Entitlementapprovalscheme,
};

/// `Entitlementaccessrequestconfig` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Entitlementaccessrequestconfig {
    /// Ordered list of approval steps for the access request. Empty when no approval is required.
    #[serde(rename = "approvalSchemes", skip_serializing_if = "Option::is_none")]
    pub approval_schemes: Option<Vec<Entitlementapprovalscheme>>,
    /// If the requester must provide a comment during access request.
    #[serde(rename = "requestCommentRequired", skip_serializing_if = "Option::is_none")]
    pub request_comment_required: Option<bool>,
    /// If the reviewer must provide a comment when denying the access request.
    #[serde(rename = "denialCommentRequired", skip_serializing_if = "Option::is_none")]
    pub denial_comment_required: Option<bool>,
    /// Is Reauthorization Required
    #[serde(rename = "reauthorizationRequired", skip_serializing_if = "Option::is_none")]
    pub reauthorization_required: Option<bool>,
    /// If true, then remove date or sunset date is required in access request of the entitlement.
    #[serde(rename = "requireEndDate", skip_serializing_if = "Option::is_none")]
    pub require_end_date: Option<bool>,
    /// The maximum duration for which the access is permitted.
    #[serde(
        rename = "maxPermittedAccessDuration",
        skip_serializing_if = "Option::is_none"
    )]
    pub max_permitted_access_duration: Option<
        EntitlementaccessrequestconfigMaxPermittedAccessDuration,
    >,
    /// The ID of the form definition used for the access request. If specified, the form is presented to the requester during the access request process.
    #[serde(rename = "formDefinitionId", skip_serializing_if = "Option::is_none")]
    pub form_definition_id: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Entitlementaccessrequestconfig {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Entitlementaccessrequestconfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Entitlementaccessrequestconfig {
    const NAME: &'static str = "Entitlementaccessrequestconfig";

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
            "approvalSchemes" => self.approval_schemes = map.next_value()?,
            "requestCommentRequired" => {
                self.request_comment_required = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "denialCommentRequired" => {
                self.denial_comment_required = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "reauthorizationRequired" => {
                self.reauthorization_required = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "requireEndDate" => {
                self.require_end_date = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "maxPermittedAccessDuration" => {
                self.max_permitted_access_duration = map.next_value()?;
            }
            "formDefinitionId" => {
                self.form_definition_id = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
