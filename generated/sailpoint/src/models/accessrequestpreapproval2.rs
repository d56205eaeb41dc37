//! `Accessrequestpreapproval2`, from `apis/triggers/schemas/accessrequestpreapproval-2.yaml`.

/// `Accessrequestpreapproval2` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accessrequestpreapproval2 {
    /// Whether or not to approve the access request.
    ///
    /// A server's absent or `null` member reads as `false`.
    pub approved: bool,
    /// A comment about the decision to approve or deny the request.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub comment: String,
    /// The name of the entity that approved or denied the request.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub approver: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accessrequestpreapproval2 {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        approved: bool,
        comment: impl Into<String>,
        approver: impl Into<String>,
    ) -> Self {
        Accessrequestpreapproval2 {
            approved,
            comment: comment.into(),
            approver: approver.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Accessrequestpreapproval2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accessrequestpreapproval2 {
    const NAME: &'static str = "Accessrequestpreapproval2";

    #[inline]
    fn empty() -> Self {
        Accessrequestpreapproval2 {
            approved: Default::default(),
            comment: Default::default(),
            approver: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "approved" => self.approved = map.next_value_seed(crate::lenient::Flag)?,
            "comment" => self.comment = map.next_value_seed(crate::lenient::Text)?,
            "approver" => self.approver = map.next_value_seed(crate::lenient::Text)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
