//! `Nonemployeeapprovalitem`, from `apis/non-employee-lifecycle-management/schemas/nonemployeeapprovalitem.yaml`.

use crate::models::{
    Approvalstatus, Nonemployeeidentityreferencewithid, Nonemployeerequestlite,
};

/// `Nonemployeeapprovalitem` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Nonemployeeapprovalitem {
    /// Non-Employee approval item id
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Reference to the associated Identity
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approver: Option<Nonemployeeidentityreferencewithid>,
    /// Requested identity account name
    #[serde(rename = "accountName", skip_serializing_if = "Option::is_none")]
    pub account_name: Option<String>,
    #[serde(rename = "approvalStatus", skip_serializing_if = "Option::is_none")]
    pub approval_status: Option<Approvalstatus>,
    /// Approval order
    #[serde(rename = "approvalOrder", skip_serializing_if = "Option::is_none")]
    pub approval_order: Option<f32>,
    /// comment of approver
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// When the request was last modified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// When the request was created.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(rename = "nonEmployeeRequest", skip_serializing_if = "Option::is_none")]
    pub non_employee_request: Option<Nonemployeerequestlite>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Nonemployeeapprovalitem {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Nonemployeeapprovalitem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Nonemployeeapprovalitem {
    const NAME: &'static str = "Nonemployeeapprovalitem";

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
            "approver" => self.approver = map.next_value()?,
            "accountName" => {
                self.account_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "approvalStatus" => self.approval_status = map.next_value()?,
            "approvalOrder" => self.approval_order = map.next_value()?,
            "comment" => self.comment = map.next_value_seed(crate::lenient::TextOption)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "nonEmployeeRequest" => self.non_employee_request = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
