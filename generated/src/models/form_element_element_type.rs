//! `FormElementElementType`, from `beta/schemas/forms/FormElement.yaml`.
crate::string_enum! {
    #[doc = " FormElementType value."] #[doc = " TEXT FormElementTypeText"] #[doc =
    " TOGGLE FormElementTypeToggle"] #[doc = " TEXTAREA FormElementTypeTextArea"] #[doc =
    " HIDDEN FormElementTypeHidden"] #[doc = " PHONE FormElementTypePhone"] #[doc =
    " EMAIL FormElementTypeEmail"] #[doc = " SELECT FormElementTypeSelect"] #[doc =
    " DATE FormElementTypeDate"] #[doc = " SECTION FormElementTypeSection"] #[doc =
    " COLUMN_SET FormElementTypeColumns"] #[doc = " IMAGE FormElementTypeImage"] #[doc =
    " DESCRIPTION FormElementTypeDescription"] pub enum FormElementElementType { #[doc =
    " `TEXT`"] Text = "TEXT", #[doc = " `TOGGLE`"] Toggle = "TOGGLE", #[doc =
    " `TEXTAREA`"] Textarea = "TEXTAREA", #[doc = " `HIDDEN`"] Hidden = "HIDDEN", #[doc =
    " `PHONE`"] Phone = "PHONE", #[doc = " `EMAIL`"] Email = "EMAIL", #[doc =
    " `SELECT`"] Select = "SELECT", #[doc = " `DATE`"] Date = "DATE", #[doc =
    " `SECTION`"] Section = "SECTION", #[doc = " `COLUMN_SET`"] ColumnSet = "COLUMN_SET",
    #[doc = " `IMAGE`"] Image = "IMAGE", #[doc = " `DESCRIPTION`"] Description =
    "DESCRIPTION", }
}
