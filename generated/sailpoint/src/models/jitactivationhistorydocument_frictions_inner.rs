//! `JitactivationhistorydocumentFrictionsInner`, from `apis/jit-activations/schemas/jitactivationhistorydocument.yaml#/properties/frictions/items`.

/// `JitactivationhistorydocumentFrictionsInner` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct JitactivationhistorydocumentFrictionsInner {
    /// Type of friction control.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Whether the user had permission to bypass this friction.
    #[serde(rename = "bypassAllowed", skip_serializing_if = "Option::is_none")]
    pub bypass_allowed: Option<bool>,
    /// Data submitted by the user to satisfy this friction (e.g. ticket ID, justification text).
    #[serde(rename = "submittedData", skip_serializing_if = "Option::is_none")]
    pub submitted_data: Option<String>,
    /// Completion status of this friction item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl JitactivationhistorydocumentFrictionsInner {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for JitactivationhistorydocumentFrictionsInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for JitactivationhistorydocumentFrictionsInner {
    const NAME: &'static str = "JitactivationhistorydocumentFrictionsInner";

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
            "type" => self.r#type = map.next_value_seed(crate::lenient::TextOption)?,
            "bypassAllowed" => {
                self.bypass_allowed = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "submittedData" => {
                self.submitted_data = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "status" => self.status = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
