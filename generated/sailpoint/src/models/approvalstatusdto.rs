//! `Approvalstatusdto`, from `apis/access-requests/schemas/approvalstatusdto.yaml`.

use crate::models::{
    AccessRequestsAccessitemreviewedby, Approvalscheme, ApprovalstatusdtoOriginalOwner,
    Errormessagedto, Manualworkitemstate,
};

/// `Approvalstatusdto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Approvalstatusdto {
    /// True if the request for this item was forwarded from one owner to another.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub forwarded: Option<bool>,
    /// Identity of orginal approval owner.
    #[serde(rename = "originalOwner", skip_serializing_if = "Option::is_none")]
    pub original_owner: Option<ApprovalstatusdtoOriginalOwner>,
    #[serde(rename = "currentOwner", skip_serializing_if = "Option::is_none")]
    pub current_owner: Option<AccessRequestsAccessitemreviewedby>,
    /// Time at which item was modified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<Manualworkitemstate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scheme: Option<Approvalscheme>,
    /// If the request failed, includes any error messages that were generated.
    #[serde(rename = "errorMessages", skip_serializing_if = "Option::is_none")]
    pub error_messages: Option<Vec<Errormessagedto>>,
    /// Comment, if any, provided by the approver.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// The date the role or access profile or entitlement is no longer assigned to the specified identity.
    #[serde(rename = "removeDate", skip_serializing_if = "Option::is_none")]
    pub remove_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Approvalstatusdto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Approvalstatusdto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Approvalstatusdto {
    const NAME: &'static str = "Approvalstatusdto";

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
            "forwarded" => {
                self.forwarded = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "originalOwner" => self.original_owner = map.next_value()?,
            "currentOwner" => self.current_owner = map.next_value()?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "status" => self.status = map.next_value()?,
            "scheme" => self.scheme = map.next_value()?,
            "errorMessages" => self.error_messages = map.next_value()?,
            "comment" => self.comment = map.next_value_seed(crate::lenient::TextOption)?,
            "removeDate" => {
                self.remove_date = map.next_value_seed(crate::datetime::Optional)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
