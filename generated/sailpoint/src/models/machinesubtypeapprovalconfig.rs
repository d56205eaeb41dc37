//! `Machinesubtypeapprovalconfig`, from `apis/machine-account-subtypes/schemas/machinesubtypeapprovalconfig.yaml`.

/// `Machinesubtypeapprovalconfig` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Machinesubtypeapprovalconfig {
    /// Comma separated string of approvers.
    ///
    /// Following are the options for approver types: manager, sourceOwner, accountOwner, workgroup:\[workgroupId\] (Governance group).
    ///
    /// Approval request will be assigned based on the order of the approvers passed.
    ///
    /// Multiple workgroups(governance groups) can be selected as an approver.
    ///
    /// >**Note:** accountOwner approver type is only for machine account delete approval settings.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approvers: Option<String>,
    /// Comment configurations for the approval request.
    ///
    /// Following are the options for comments: ALL, OFF, APPROVAL, REJECT.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comments: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Machinesubtypeapprovalconfig {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Machinesubtypeapprovalconfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Machinesubtypeapprovalconfig {
    const NAME: &'static str = "Machinesubtypeapprovalconfig";

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
            "approvers" => {
                self.approvers = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "comments" => {
                self.comments = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
