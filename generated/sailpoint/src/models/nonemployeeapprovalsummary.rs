//! `Nonemployeeapprovalsummary`, from `apis/non-employee-lifecycle-management/schemas/nonemployeeapprovalsummary.yaml`.

/// `Nonemployeeapprovalsummary` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Nonemployeeapprovalsummary {
    /// The number of approved non-employee approval requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approved: Option<i32>,
    /// The number of pending non-employee approval requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pending: Option<i32>,
    /// The number of rejected non-employee approval requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rejected: Option<i32>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Nonemployeeapprovalsummary {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Nonemployeeapprovalsummary {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Nonemployeeapprovalsummary {
    const NAME: &'static str = "Nonemployeeapprovalsummary";

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
            "approved" => self.approved = map.next_value()?,
            "pending" => self.pending = map.next_value()?,
            "rejected" => self.rejected = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
