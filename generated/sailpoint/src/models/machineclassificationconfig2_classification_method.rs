//! `Machineclassificationconfig2ClassificationMethod`, from `apis/machine-classification-config/schemas/machineclassificationconfig.yaml#/allOf/0/properties/classificationMethod`.

/// Classification Method
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Machineclassificationconfig2ClassificationMethod {
    /// `SOURCE`
    Source,
    /// `CRITERIA`
    Criteria,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Machineclassificationconfig2ClassificationMethod {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Machineclassificationconfig2ClassificationMethod::Source => "SOURCE",
            Machineclassificationconfig2ClassificationMethod::Criteria => "CRITERIA",
            Machineclassificationconfig2ClassificationMethod::Unknown(value) => value,
        }
    }
}

impl From<&str> for Machineclassificationconfig2ClassificationMethod {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SOURCE" => Machineclassificationconfig2ClassificationMethod::Source,
            "CRITERIA" => Machineclassificationconfig2ClassificationMethod::Criteria,
            other => {
                Machineclassificationconfig2ClassificationMethod::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(Machineclassificationconfig2ClassificationMethod);
