//! `Requestabilityforrole`, from `apis/roles/schemas/requestabilityforrole.yaml`.

use crate::models::{Accessduration, Approvalschemeforrole, Dimensionschema};

/// `Requestabilityforrole` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Requestabilityforrole {
    /// Whether the requester of the containing object must provide comments justifying the request
    #[serde(rename = "commentsRequired", skip_serializing_if = "Option::is_none")]
    pub comments_required: Option<bool>,
    /// Whether an approver must provide comments when denying the request
    #[serde(rename = "denialCommentsRequired", skip_serializing_if = "Option::is_none")]
    pub denial_comments_required: Option<bool>,
    /// Indicates whether reauthorization is required for the request.
    #[serde(rename = "reauthorizationRequired", skip_serializing_if = "Option::is_none")]
    pub reauthorization_required: Option<bool>,
    /// Indicates whether the requester of the containing object must provide access end date.
    #[serde(rename = "requireEndDate", skip_serializing_if = "Option::is_none")]
    pub require_end_date: Option<bool>,
    #[serde(
        rename = "maxPermittedAccessDuration",
        skip_serializing_if = "Option::is_none"
    )]
    pub max_permitted_access_duration: Option<Accessduration>,
    /// List describing the steps in approving the request
    #[serde(rename = "approvalSchemes", skip_serializing_if = "Option::is_none")]
    pub approval_schemes: Option<Vec<Approvalschemeforrole>>,
    #[serde(rename = "dimensionSchema", skip_serializing_if = "Option::is_none")]
    pub dimension_schema: Option<Dimensionschema>,
    /// The ID of the form definition used for the access request. If specified, the form is presented to the requester during the access request process.
    #[serde(rename = "formDefinitionId", skip_serializing_if = "Option::is_none")]
    pub form_definition_id: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Requestabilityforrole {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Requestabilityforrole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Requestabilityforrole {
    const NAME: &'static str = "Requestabilityforrole";

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
            "commentsRequired" => {
                self.comments_required = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "denialCommentsRequired" => {
                self.denial_comments_required = map
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
            "approvalSchemes" => self.approval_schemes = map.next_value()?,
            "dimensionSchema" => self.dimension_schema = map.next_value()?,
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
