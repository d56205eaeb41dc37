//! `Approvalreassignrequest`, from `apis/approvals/schemas/approvalreassignrequest.yaml`.

/// Request body for reassigning an approval request to another identity. This results in that identity being added as an authorized approver.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Approvalreassignrequest {
    /// Comment associated with the reassign request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// Identity from which the approval is being reassigned.
    /// If left blank, and the approval is currently assigned to the user calling this endpoint, it will use the calling user's identity.
    /// If left blank, and the approval is not currently assigned to the user calling this endpoint, you need to be an admin, which would add the reassignTo as a new approver.
    #[serde(rename = "reassignFrom", skip_serializing_if = "Option::is_none")]
    pub reassign_from: Option<String>,
    /// Identity to which the approval is being reassigned.
    #[serde(rename = "reassignTo", skip_serializing_if = "Option::is_none")]
    pub reassign_to: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Approvalreassignrequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Approvalreassignrequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Approvalreassignrequest {
    const NAME: &'static str = "Approvalreassignrequest";

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
            "comment" => self.comment = map.next_value_seed(crate::lenient::TextOption)?,
            "reassignFrom" => {
                self.reassign_from = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "reassignTo" => {
                self.reassign_to = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
